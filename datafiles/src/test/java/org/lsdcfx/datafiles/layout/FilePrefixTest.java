package org.lsdcfx.datafiles.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilePrefixTest {

    @ParameterizedTest
    @ValueSource(strings = {"lyso", "Lyso_1-a", "a", "1234567890123456789012345", "_x"})
    void acceptsLsdcPrefixes(String value) {
        assertEquals(value, FilePrefix.of(value).value());
        assertTrue(FilePrefix.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901234567890123456", "a/b", "..", "a b", "lyso.1", "x;rm", "-x", "é", "a\u0000b",
            "$(id)", "a\\b"})
    void refusesEverythingElseWithAReason(String value) {
        DataLayoutException e = assertThrows(DataLayoutException.class, () -> FilePrefix.of(value));
        assertEquals(Refusal.INVALID_PREFIX, e.refusal());
        assertTrue(e.getMessage().contains("prefix"), e.getMessage());
        assertFalse(FilePrefix.isValid(value));
    }

    @Test
    void nullIsRefusedToo() {
        assertEquals(Refusal.INVALID_PREFIX, assertThrows(DataLayoutException.class, () -> FilePrefix.of(null)).refusal());
    }

    @Test
    void tooLongSaysTheLength() {
        String message = assertThrows(DataLayoutException.class, () -> FilePrefix.of("a".repeat(30))).getMessage();
        assertTrue(message.contains("30 characters") && message.contains("25"), message);
    }
}
