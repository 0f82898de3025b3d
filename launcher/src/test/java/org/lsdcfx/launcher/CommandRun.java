package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code ./lsdc} command line with its output captured. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
