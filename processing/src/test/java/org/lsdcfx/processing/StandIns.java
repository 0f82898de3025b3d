package org.lsdcfx.processing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Stand-in programs the tests write themselves (fast_dp is not installed): bash scripts that behave like fast_dp
 * (results after a short pause), fail, hang, or wait for a gate file.
 */
public final class StandIns {
    /** fast_dp.json as fast_dp's output.write_json writes it (values from a lysozyme run). */
    public static final String FAST_DP_JSON = """
            {
              "commandline": "fast_dp lyso_1_master.h5",
              "refined_beam": [77.93, 80.69],
              "scaling_statistics": {
                "innerShell": {"anom_completeness": 99.1, "anom_multiplicity": 3.4, "cc_anom": 0.12, "cc_half": 0.999,
                  "completeness": 99.5, "mean_i_sig_i": 48.4, "multiplicity": 6.1, "n_tot_obs": 3791,
                  "n_tot_unique_obs": 622, "r_meas_within_iplusi_minus": 0.033, "r_merge": 0.03, "res_lim_high": 8.27,
                  "res_lim_low": 38.94},
                "outerShell": {"anom_completeness": 98.9, "anom_multiplicity": 3.5, "cc_anom": -0.01, "cc_half": 0.779,
                  "completeness": 100.0, "mean_i_sig_i": 2.1, "multiplicity": 6.8, "n_tot_obs": 6402,
                  "n_tot_unique_obs": 941, "r_meas_within_iplusi_minus": 0.563, "r_merge": 0.52, "res_lim_high": 1.85,
                  "res_lim_low": 1.93},
                "overall": {"anom_completeness": 99.5, "anom_multiplicity": 3.4, "cc_anom": 0.05, "cc_half": 0.998,
                  "completeness": 99.9, "mean_i_sig_i": 15.3, "multiplicity": 6.6, "n_tot_obs": 124816,
                  "n_tot_unique_obs": 18911, "r_meas_within_iplusi_minus": 0.066, "r_merge": 0.061, "res_lim_high": 1.85,
                  "res_lim_low": 38.94}
              },
              "spacegroup": "P 41 21 2",
              "unit_cell": [78.91, 78.91, 37.02, 90.0, 90.0, 90.0]
            }
            """;

    /** The summary fast_dp prints to fast_dp.log (fast_dp/merge.py and fast_dp.py formats). */
    public static final String FAST_DP_LOG = """
            Fast_DP version 1.6.2
            Starting image: lyso_1_master.h5
            Processing images: 1 -> 1800
            Rotation range: 0.00 -> 180.00
            Mosaic spread: 0.04 < 0.05 < 0.07
            --------------------------------------------------------------------------------
                  Low resolution  38.94  38.94   1.93
                 High resolution   1.85   8.27   1.85
                          Rmerge  0.061  0.030  0.520
                         I/sigma  15.30  48.40   2.10
                    Completeness   99.9   99.5  100.0
                    Multiplicity    6.6    6.1    6.8
                          CC 1/2  0.998  0.999  0.779
              Anom. Completeness   99.5   99.1   98.9
              Anom. Multiplicity    3.4    3.4    3.5
               Anom. Correlation  0.050  0.120 -0.010
                           Nrefl 124816   3791   6402
                         Nunique  18911    622    941
                       Mid-slope  1.012
                            dF/F  0.031
                      dI/sig(dI)  0.842
            --------------------------------------------------------------------------------
            Merging point group: P 41 21 2
            Unit cell:  78.91  78.91  37.02  90.00  90.00  90.00
            Processing took 00h 01m 12s (72 s) [124816 reflections]
            RPS: 1733.6
            """;

    private StandIns() {
    }

    /** Writes an executable bash script. */
    public static Path script(Path dir, String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    /** Like fast_dp: records its arguments, pauses briefly, writes fast_dp.json and fast_dp.log, exits 0. */
    public static Path fastDp(Path bin) throws IOException {
        return script(bin, "fast_dp", """
                printf '%s\\n' "$@" > argv.txt
                echo "stand-in fast_dp in $(pwd) for $1"
                sleep 0.2
                cat > fast_dp.json <<'JSON'
                """ + FAST_DP_JSON + """
                JSON
                cat > fast_dp.log <<'LOG'
                """ + FAST_DP_LOG + """
                LOG
                """);
    }

    /** Fails like fast_dp when indexing fails: messages, then exit 3. */
    public static Path failing(Path bin) throws IOException {
        return script(bin, "fast_dp_failing", """
                echo "Fast_DP version 1.6.2"
                echo "Autoindexing error: no spots found in images 1-10" >&2
                exit 3
                """);
    }

    /** Hangs: records its pid and its child's pid, then waits for a long sleep. */
    public static Path hanging(Path bin) throws IOException {
        return script(bin, "fast_dp_hanging", """
                echo $$ > hang.pid
                sleep 600 &
                echo $! > child.pid
                wait
                """);
    }

    /** Waits until the gate file exists (polling inside the stand-in), then succeeds. */
    public static Path gated(Path bin, Path gate) throws IOException {
        return script(bin, "fast_dp_gated", "while [ ! -e '" + gate + "' ]; do sleep 0.05; done\necho done\n");
    }
}
