package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.store.test.EmbeddedMongo;

/** docs/commands.md and docs/pv-reference.md describe every command (with every parameter) and every comm PV. */
class DocsTest {
    private static final Path DOCS = Path.of("..", "docs");
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void everyCommandAndParameterIsDocumented() throws Exception {
        List<String> headings = Files.readAllLines(DOCS.resolve("commands.md")).stream().filter(l -> l.startsWith("#### ")).toList();
        String text = Files.readString(DOCS.resolve("commands.md"));
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            for (CommandSpec spec : bed.server().commands()) {
                assertTrue(headings.stream().anyMatch(h -> h.contains("`" + spec.name() + "(")), "commands.md lacks " + spec.name());
                for (Param p : spec.params()) {
                    assertTrue(text.contains("| `" + p.name() + "` |"), "commands.md lacks parameter " + spec.name() + "." + p.name());
                }
            }
        }
    }

    @Test
    void everyCommPvIsDocumented() throws Exception {
        String text = Files.readString(DOCS.resolve("pv-reference.md"));
        for (String pv : CommPvNames.ALL) {
            assertTrue(text.contains("| `" + pv + "` |"), "pv-reference.md lacks " + pv);
        }
    }
}
