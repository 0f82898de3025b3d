package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.StoreDump;
import org.lsdcfx.store.test.EmbeddedMongo;

/** importSpreadsheet: a good sheet becomes pucks and samples; paths outside the visit directory and bad sheets change nothing. */
class SpreadsheetCommandsTest {
    private static final String HEADER = "puckName,position,sampleName,model,sequence,proposalNum\n";
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void aGoodSheetCreatesPucksAndSamplesInThePrimaryDewar() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            Amostra amostra = new Amostra(mongo.connection(), Clock.systemUTC());
            String dewar = new Conftrak(mongo.connection(), Clock.systemUTC(), "sim").get(SampleHandlingKeys.PRIMARY_DEWAR_NAME);
            amostra.containers().createDewar(dewar, "staff");
            Path sheet = Files.writeString(bed.visitDirectory().resolve("shipment.csv"),
                    HEADER + "PK1,1,lyso-1,,,314159\nPK1,2,lyso-2,,,314159\nPK2,1,thau-1,,,314159\n");
            int changes = bed.pvs().integer(CommPvNames.LIVE_Q_CHANGE_FLAG);

            String summary = bed.client().call(org.lsdcfx.daq.command.CommandChannel.SERIAL,
                    bed.client().request("importSpreadsheet", sheet.toString(), "jdoe").withKwarg("intoDewar", true), Calls.TIMEOUT).reason();

            assertTrue(summary.startsWith("shipment.csv: 3 sample(s) for jdoe, proposal 314159"), summary);
            assertEquals(3, amostra.samples().byOwner("jdoe").size());
            assertEquals(2, amostra.containers().requireDewar(dewar).children().size(), "both pucks placed in the dewar");
            assertTrue(bed.pvs().integer(CommPvNames.LIVE_Q_CHANGE_FLAG) > changes);
            // relative names resolve inside the visit directory
            Files.writeString(bed.visitDirectory().resolve("more.csv"), HEADER + "PK3,1,lyso-9,,,314159\n");
            Calls.done(bed.client(), "importSpreadsheet", "more.csv", "jdoe");
            assertEquals(4, amostra.samples().byOwner("jdoe").size());
        }
    }

    @Test
    void pathsOutsideTheVisitDirectoryAndBadArgumentsAreRefused() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            String before = StoreDump.dump(mongo.connection());
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", "/etc/passwd", "jdoe").contains("must name a .xlsx, .xls or .csv"));
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", "/tmp/other.csv", "jdoe").contains("is outside the spreadsheet directories"));
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", "../../../etc/x.csv", "jdoe").contains("is outside the spreadsheet directories"));
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", bed.visitDirectory() + "/../x.csv", "jdoe").contains("outside"));
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", "a.csv", "Robert'); DROP").startsWith("argument 'owner'"));
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", "a.csv").startsWith("missing argument 'owner'"));
            assertTrue(Calls.rejected(bed.client(), "importSpreadsheet", 5, "jdoe").startsWith("argument 'fname' must be a string"));
            assertEquals(before, StoreDump.dump(mongo.connection()));
        }
    }

    @Test
    void aLinkLeadingOutOfTheVisitDirectoryAndABadSheetFailWithoutWriting() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            Path outside = Files.createTempFile("secret", ".csv");
            Files.writeString(outside, HEADER + "PKX,1,stolen,,,314159\n");
            Path link = Files.createSymbolicLink(bed.visitDirectory().resolve("innocent.csv"), outside);
            Path bad = Files.writeString(bed.visitDirectory().resolve("bad.csv"),
                    HEADER + "PK1,1,same,,,314159\nPK1,2,same,,,314159\nPK1,99,bad name!,,,314159\n");
            String before = StoreDump.dump(mongo.connection());

            assertTrue(Calls.failed(bed.client(), "importSpreadsheet", link.toString(), "jdoe").contains("leads outside the spreadsheet directories"));
            String problems = Calls.failed(bed.client(), "importSpreadsheet", bad.toString(), "jdoe");
            assertTrue(problems.startsWith("bad.csv: "), problems);
            assertTrue(problems.contains("nothing imported"), problems);
            assertEquals(problems, bed.pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING), "the user sees every problem");
            assertEquals(before, StoreDump.dump(mongo.connection()), "nothing was written");
        }
    }
}
