package org.lsdcfx.daq.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * fast_dp is not installed here: this writes a stand-in named {@code fast_dp} that behaves like it for the server (an
 * argument vector with the master, output in its working directory: {@code fast_dp.json} with a lysozyme-like
 * summary, {@code fast_dp.log}) and records its arguments in {@code argv.txt}.
 */
public final class StandInFastDp {
    public static final String SPACE_GROUP = "P 41 21 2";

    private StandInFastDp() {
    }

    public static Path write(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path script = bin.resolve("fast_dp");
        Files.writeString(script, """
                #!/bin/bash
                printf '%s\\n' "$@" > argv.txt
                test -f "$1" || { echo "Fast DP error: no such master $1"; exit 2; }
                cat > fast_dp.json <<'JSON'
                {"spacegroup": "P 41 21 2", "unit_cell": [78.91, 78.91, 37.02, 90.0, 90.0, 90.0],
                 "scaling_statistics": {"overall": {"completeness": 99.9, "multiplicity": 6.6, "mean_i_sig_i": 15.3,
                   "r_merge": 0.061, "cc_half": 0.998, "res_lim_low": 38.94, "res_lim_high": 1.85}}}
                JSON
                echo "Fast_DP stand-in processed $1" > fast_dp.log
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
