package org.lsdcfx.daq.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lsdcfx.daq.command.CommandRejectedException;

class ParamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void numbersAreCheckedForTypeFinitenessAndBoundsWithUnits() throws Exception {
        Param omega = Param.number("omega", "deg", -3600, 3600, "");
        assertEquals(90.0, omega.convert(json("90")));
        assertEquals(-0.5, omega.convert(json("-0.5")));
        assertEquals("argument 'omega' 4000 deg is outside -3600 to 3600 deg",
                assertThrows(CommandRejectedException.class, () -> omega.convert(json("4000"))).getMessage());
        assertEquals("argument 'omega' must be a number (deg), not a string",
                assertThrows(CommandRejectedException.class, () -> omega.convert(json("\"90\""))).getMessage());
        assertThrows(CommandRejectedException.class, () -> omega.convert(json("1e400")));
    }

    @Test
    void integersMustBeWholeAndChoicesAreEnforced() throws Exception {
        Param flag = Param.integer("flag", 1, 2, "");
        assertEquals(2L, flag.convert(json("2")));
        assertEquals(2L, flag.convert(json("2.0")));
        assertThrows(CommandRejectedException.class, () -> flag.convert(json("1.5")));
        assertThrows(CommandRejectedException.class, () -> flag.convert(json("3")));
        Param mode = Param.integer("mode", 0, 10, "").choices(1L, 5L);
        assertThrows(CommandRejectedException.class, () -> mode.convert(json("2")));
    }

    @Test
    void booleansAcceptLsdcStyleOneAndZero() throws Exception {
        Param b = Param.bool("relative", "");
        assertEquals(true, b.convert(json("true")));
        assertEquals(true, b.convert(json("1")));
        assertEquals(false, b.convert(json("0")));
        assertThrows(CommandRejectedException.class, () -> b.convert(json("2")));
        assertThrows(CommandRejectedException.class, () -> b.convert(json("\"yes\"")));
    }

    @Test
    void stringsAreBoundedPatternCheckedAndFreeOfControlCharacters() throws Exception {
        Param uid = Param.string("sampID", 8, Pattern.compile("[a-z0-9-]+"), "");
        assertEquals("ab-1", uid.convert(json("\"ab-1\"")));
        assertThrows(CommandRejectedException.class, () -> uid.convert(json("\"../etc\"")));
        assertThrows(CommandRejectedException.class, () -> uid.convert(json("\"abcdefghij\"")));
        assertThrows(CommandRejectedException.class, () -> uid.convert(json("\"ab\\u0000\"")));
        assertThrows(CommandRejectedException.class, () -> uid.convert(json("[\"ab\"]")));
    }
}
