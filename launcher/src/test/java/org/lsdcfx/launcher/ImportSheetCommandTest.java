package org.lsdcfx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.store.test.EmbeddedMongo;

class ImportSheetCommandTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @TempDir
    Path dir;

    @Test
    void goodSheetIsImportedIntoANewDewarAndReadableByPymongo() throws Exception {
        Path sheet = Files.writeString(dir.resolve("good.csv"), """
                puckName,position,sampleName,model,sequence,proposalNum
                PuckA,1,lyso-1,,,311234
                PuckA,2,lyso-2,,,311234
                PuckB,16,thau_1,,,311234
                """);
        CommandRun r = CommandRun.of("import-sheet", sheet.toString(), "--owner", "jdoe", "--dewar", "primaryDewar",
                "--slot", "PuckB=3B", "--mongo", mongo.uri());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Created dewar primaryDewar"), r.out());
        assertTrue(r.out().contains("3 sample(s) for jdoe"), r.out());
        assertTrue(r.out().contains("puck PuckB (new) in primaryDewar slot 3B"), r.out());
        assertEquals(3, mongo.connection().amostra().getCollection("sample").countDocuments());

        // An independent client, as an LSDC staff script would read it.
        String names = pymongo("import pymongo,sys; db=pymongo.MongoClient(sys.argv[1])['amostra'];"
                + "print(','.join(sorted(s['name'] for s in db.sample.find({'owner':'jdoe'}))))");
        assertEquals("lyso-1,lyso-2,thau_1", names);
    }

    @Test
    void badSheetPrintsEveryErrorWithItsRowAndWritesNothing() throws IOException {
        Path sheet = Files.writeString(dir.resolve("bad.csv"), """
                puckName,position,sampleName,model,sequence,proposalNum
                PuckA,1,lyso-1,,,311234
                PuckA,17,lyso-2,,,311234
                PuckA,1,lyso 3,,,311234
                PuckB,2,lyso-1,,,999
                """);
        CommandRun r = CommandRun.of("import-sheet", sheet.toString(), "--owner", "jdoe", "--dewar", "primaryDewar",
                "--mongo", mongo.uri());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("nothing written"), r.err());
        for (String row : new String[] {"row 3", "row 4", "row 5"}) {
            assertTrue(r.err().contains(row), row + " missing in:\n" + r.err());
        }
        assertEquals(0, mongo.connection().amostra().getCollection("sample").countDocuments());
        assertEquals(0, mongo.connection().amostra().getCollection("container").countDocuments(), "not even the dewar");
    }

    @Test
    void missingFileIsOneSentence() {
        CommandRun r = CommandRun.of("import-sheet", dir.resolve("nope.xlsx").toString(), "--owner", "jdoe", "--mongo", mongo.uri());
        assertEquals(1, r.exitCode());
        assertEquals("lsdc import-sheet: no such file: " + dir.resolve("nope.xlsx"), r.err().strip());
    }

    private String pymongo(String script) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "python3 is not installed");
        Process check = new ProcessBuilder(python.toString(), "-c", "import pymongo").start();
        assumeTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0,
                "python3-pymongo is not installed (./lsdc test installs it)");
        Process p = new ProcessBuilder(python.toString(), "-c", script, mongo.uri()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
