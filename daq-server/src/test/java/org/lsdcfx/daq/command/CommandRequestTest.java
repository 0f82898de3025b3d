package org.lsdcfx.daq.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandRequestTest {
    @Test
    void commandLineWordsBecomeTypedArgumentsAndKeywordArguments() {
        CommandRequest r = CommandRequest.fromWords("id1", "move_omega", List.of("90.5", "relative=false"));
        assertEquals(List.of(90.5), r.args());
        assertEquals(Map.of("relative", false), r.kwargs());
        CommandRequest s = CommandRequest.fromWords("id2", "importSpreadsheet",
                List.of("/data/a=b.csv", "jdoe", "2", "-1e3", "1.5.2", "intoDewar=true"));
        assertEquals(List.of("/data/a=b.csv", "jdoe", 2L, -1000.0, "1.5.2"), s.args());
        assertEquals(Map.of("intoDewar", true), s.kwargs());
    }

    @Test
    void jsonFormIsLsdcs() {
        assertEquals("{\"function\":\"setTrans\",\"args\":[0.5],\"kwargs\":{},\"id\":\"x\"}",
                CommandRequest.of("x", "setTrans", 0.5).toJson());
    }

    @Test
    void repliesRoundTripThroughJson() {
        CommandReply r = CommandReply.failed("x", "setTrans", "jdoe@ws1", "attenuator timed out", 1.5);
        assertEquals(r, CommandReply.fromJson(r.toJson()));
        assertEquals("failed", r.toJson().replaceAll(".*\"phase\":\"([a-z]+)\".*", "$1"));
    }
}
