package org.lsdcfx.processing.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.lsdcfx.processing.StandIns;

/**
 * A stand-in Slurm in a temporary directory: sbatch runs the batch script in the background in its own session (as a
 * node would), squeue says RUNNING until the script has exited, sacct reports its exit code, scancel kills it. Every
 * call's argument vector is recorded in {@code state/}.
 */
final class FakeSlurm {
    final Path bin;
    final Path state;

    FakeSlurm(Path root) throws IOException {
        this.bin = Files.createDirectories(root.resolve("slurm-bin"));
        this.state = Files.createDirectories(root.resolve("slurm-state"));
        String s = "STATE='" + state + "'\n";
        StandIns.script(bin, "sbatch", s + """
                printf '%s\\n' "$@" > "$STATE/sbatch.argv"
                if [ -e "$STATE/refuse" ]; then echo "sbatch: error: invalid partition specified: nope" >&2; exit 1; fi
                id=$(( $(cat "$STATE/counter" 2>/dev/null || echo 4000) + 1 )); echo "$id" > "$STATE/counter"
                out=/dev/null
                for a in "$@"; do case "$a" in --output=*) out="${a#--output=}";; esac; done
                script="${@: -1}"
                setsid bash -c 'bash "$1" > "$2" 2>&1; echo $? > "$3.exit"' _ "$script" "$out" "$STATE/$id" \\
                    < /dev/null > /dev/null 2>&1 &
                echo $! > "$STATE/$id.pgid"
                echo "$id;cluster1"
                """);
        StandIns.script(bin, "squeue", s + """
                printf '%s\\n' "$@" >> "$STATE/squeue.calls"
                id="$3"
                if [ ! -e "$STATE/$id.exit" ] && [ ! -e "$STATE/$id.cancelled" ]; then echo RUNNING; fi
                """);
        StandIns.script(bin, "sacct", s + """
                printf '%s\\n' "$@" >> "$STATE/sacct.calls"
                id="$5"
                if [ -e "$STATE/$id.cancelled" ]; then echo "CANCELLED by 1000|0:15"; exit 0; fi
                if [ -e "$STATE/$id.exit" ]; then
                  code=$(cat "$STATE/$id.exit")
                  if [ "$code" = 0 ]; then echo "COMPLETED|0:0"; else echo "FAILED|$code:0"; fi
                fi
                """);
        StandIns.script(bin, "scancel", s + """
                echo "$1" >> "$STATE/scancel.calls"
                touch "$STATE/$1.cancelled"
                kill -TERM -- -"$(cat "$STATE/$1.pgid")" 2>/dev/null
                exit 0
                """);
    }

    SlurmConfig config() {
        return SlurmConfig.defaults().withCommandsIn(bin).withPollInterval(Duration.ofMillis(100));
    }

    List<String> sbatchArgv() throws IOException {
        return Files.readAllLines(state.resolve("sbatch.argv"));
    }

    List<String> scancelCalls() throws IOException {
        Path calls = state.resolve("scancel.calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
