package org.lsdcfx.processing.exec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quoting for the one place a shell is unavoidable: the body of a Slurm batch script. Every word is wrapped in single
 * quotes, inside which bash interprets nothing; a single quote itself becomes {@code '\''}. So {@code $(...)},
 * backticks, {@code ;}, globs and spaces in a prefix or path reach the program as plain characters.
 */
public final class ShellQuoting {
    private ShellQuoting() {
    }

    public static String quote(String word) {
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a NUL character cannot be passed through a shell");
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    public static String quoteAll(List<String> words) {
        return words.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
    }
}
