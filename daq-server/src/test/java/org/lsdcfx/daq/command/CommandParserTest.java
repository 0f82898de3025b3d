package org.lsdcfx.daq.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {
    private final AtomicInteger ids = new AtomicInteger();
    private final CommandParser parser = new CommandParser(() -> "srv-" + ids.incrementAndGet());

    @Test
    void parsesLsdcCommandWithArgsKwargsAndId() throws Exception {
        Command c = parser.parse("{\"function\": \"move_omega\", \"args\": [90.5], \"kwargs\": {\"relative\": false}, \"id\": \"gui-7\"}");
        assertEquals("move_omega", c.function());
        assertEquals("gui-7", c.id());
        assertEquals(90.5, c.args().get(0).doubleValue());
        assertTrue(c.kwargs().get("relative").isBoolean());
    }

    @Test
    void assignsAnIdWhenNoneIsGivenAndAcceptsMissingArgs() throws Exception {
        Command c = parser.parse("{\"function\": \"runDCQueue\"}");
        assertEquals("srv-1", c.id());
        assertTrue(c.args().isEmpty());
        assertTrue(c.kwargs().isEmpty());
    }

    @Test
    void integerIdsAreAccepted() throws Exception {
        assertEquals("42", parser.parse("{\"function\": \"runDCQueue\", \"id\": 42}").id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2]", "\"runDCQueue\"", "{\"function\": 5}", "{\"args\": []}",
            "{\"function\": \"a b\"}", "{\"function\": \"x\", \"args\": {}}", "{\"function\": \"x\", \"kwargs\": []}",
            "{\"function\": \"x\", \"extra\": 1}", "{\"function\": \"x\"} trailing", "{\"function\": \"x\", \"function\": \"y\"}",
            "{\"function\": \"x\", \"args\": [NaN]}", "{\"function\": \"x\", \"args\": [Infinity]}",
            "{\"function\": \"x\", \"kwargs\": {\"a-b\": 1}}", "{\"function\": \"x\", \"id\": \"has space\"}",
            "{\"function\": \"x\", \"args\": [1 /* c */]}"})
    void malformedCommandsAreRefusedWithAReason(String text) {
        MalformedCommandException e = assertThrows(MalformedCommandException.class, () -> parser.parse(text));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "{\"function\": \"x\", \"args\": [" + "[".repeat(5000) + "]".repeat(5000) + "]}";
        MalformedCommandException e = assertThrows(MalformedCommandException.class, () -> parser.parse(deep));
        assertTrue(e.getMessage().contains("nested") || e.getMessage().contains("long"), e.getMessage());
    }

    @Test
    void hugeTextIsRefusedBeforeParsing() {
        String huge = "{\"function\": \"x\", \"args\": [\"" + "a".repeat(CommandParser.MAX_TEXT_CHARS) + "\"]}";
        MalformedCommandException e = assertThrows(MalformedCommandException.class, () -> parser.parse(huge));
        assertTrue(e.getMessage().contains("the limit is " + CommandParser.MAX_TEXT_CHARS), e.getMessage());
    }

    @Test
    void tooManyArgumentsAreRefused() {
        String many = "{\"function\": \"x\", \"args\": [" + "1,".repeat(CommandParser.MAX_ARGS) + "1]}";
        assertThrows(MalformedCommandException.class, () -> parser.parse(many));
    }

    @Test
    void idAndFunctionSurviveALaterStructuralError() {
        MalformedCommandException e = assertThrows(MalformedCommandException.class,
                () -> parser.parse("{\"function\": \"setTrans\", \"args\": 5, \"id\": \"q1\"}"));
        assertEquals("q1", e.partialId());
        assertEquals("setTrans", e.partialFunction());
        assertTrue(e.getMessage().contains("\"args\" must be a list"), e.getMessage());
    }

    @Test
    void quoteEscapesControlCharactersAndClips() {
        assertEquals("'a\\u0000b'", CommandParser.quote("a\u0000b"));
        assertTrue(CommandParser.quote("x".repeat(100)).endsWith("...'"));
    }
}
