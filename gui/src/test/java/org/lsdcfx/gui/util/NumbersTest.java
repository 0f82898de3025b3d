package org.lsdcfx.gui.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void parsesOnlyFiniteNumbers() {
        assertEquals(0.1, Numbers.parse(" 0.1 ").orElseThrow());
        assertTrue(Numbers.parse("").isEmpty());
        assertTrue(Numbers.parse("abc").isEmpty());
        assertTrue(Numbers.parse("NaN").isEmpty());
        assertTrue(Numbers.parse("Infinity").isEmpty());
    }

    @Test
    void formatsWithoutTrailingZeros() {
        assertEquals("300", Numbers.format(300.0, 2));
        assertEquals("2.67", Numbers.format(2.6699, 2));
        assertEquals("0", Numbers.format(-0.0001, 2));
    }

    @Test
    void formatsDurations() {
        assertEquals("42 s", Numbers.duration(Duration.ofSeconds(42)));
        assertEquals("3 min 05 s", Numbers.duration(Duration.ofSeconds(185)));
        assertEquals("1 h 02 min", Numbers.duration(Duration.ofMinutes(62)));
    }
}
