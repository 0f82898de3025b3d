package org.lsdcfx.processing.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ShellQuotingTest {

    @Test
    void quotesSingleQuotes() {
        assertEquals("'it'\\''s'", ShellQuoting.quote("it's"));
        assertEquals("''", ShellQuoting.quote(""));
    }

    @Test
    void bashGetsBackExactlyTheWords() throws Exception {
        List<String> words = List.of("plain", "two words", "$(id)", "`id`", "'", "\"", "\\", "a;b|c&d", "*", "~", "\n",
                "ünïcödé", "$HOME");
        List<String> argv = new ArrayList<>(List.of("/bin/bash", "-c", "printf '%s\\0' " + ShellQuoting.quoteAll(words)));
        Process p = new ProcessBuilder(argv).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        assertEquals(words, List.of(out.split("\0", -1)).subList(0, words.size()));
    }

    @Test
    void refusesNul() {
        assertThrows(IllegalArgumentException.class, () -> ShellQuoting.quote("a\0b"));
    }
}
