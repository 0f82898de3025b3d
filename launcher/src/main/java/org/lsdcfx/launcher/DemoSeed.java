package org.lsdcfx.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.amostra.sheet.ImportOptions;
import org.lsdcfx.amostra.sheet.SpreadsheetImporter;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.store.StoreConnection;

/**
 * The demo's samples and requests: the shipped demo dewar (a spreadsheet, imported on first run) and one request of
 * each registered protocol, each on its own sample.
 */
final class DemoSeed {
    static final String OWNER = "demo";
    static final String SHEET = "demo/demo-dewar.csv";
    private static final String FIRST_SAMPLE = "lyso-1";

    private final Amostra amostra;
    private final Conftrak conftrak;

    DemoSeed(StoreConnection store, Conftrak conftrak) {
        this.amostra = new Amostra(store, Clock.systemUTC());
        this.conftrak = conftrak;
    }

    /** Imports the demo dewar unless it is already there; returns a line saying what happened. */
    String ensureDewar() throws IOException {
        if (amostra.samples().byName(FIRST_SAMPLE, OWNER).isPresent()) {
            return "Demo dewar already loaded";
        }
        Path sheet = Files.createTempFile("lsdc-demo-", ".csv");
        try (InputStream in = DemoSeed.class.getResourceAsStream(SHEET)) {
            if (in == null) {
                throw new IOException("the demo spreadsheet " + SHEET + " is missing from the launcher jar");
            }
            Files.copy(in, sheet, StandardCopyOption.REPLACE_EXISTING);
            String dewar = conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME);
            var report = new SpreadsheetImporter(amostra).importFile(sheet, OWNER, ImportOptions.lsdc().intoDewar(dewar));
            return "Loaded the demo dewar: " + report.samples().size() + " samples in " + report.pucks().size() + " pucks";
        } finally {
            Files.deleteIfExists(sheet);
        }
    }

    /** Queues one request per protocol on successive demo samples (each run makes new requests: new run numbers). */
    List<Request> queueOneOfEach(List<String> protocols, Path visit) {
        String dewar = conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME);
        List<Sample> free = new ArrayList<>();
        for (Sample s : amostra.samples().byOwner(OWNER)) {
            if ("active".equals(s.state())) {
                free.add(s);
            }
        }
        free.sort(java.util.Comparator.comparing(Sample::name));
        List<Request> queued = new ArrayList<>();
        for (int i = 0; i < protocols.size() && i < free.size(); i++) {
            Sample s = free.get(i);
            SampleLocation where = amostra.containers().coordinatesOf(dewar, s.uid()).orElseThrow(
                    () -> new IllegalStateException("demo sample " + s.name() + " is not in the dewar " + dewar));
            var obj = DemoRequests.forProtocol(protocols.get(i), RequestObj.builder().sample(s.uid()), s, where, visit);
            queued.add(amostra.requests().create(new NewRequest(s.uid(), OWNER, s.proposalID(), Priority.DEFAULT_QUEUED,
                    obj), OWNER));
        }
        return queued;
    }

    Amostra amostra() {
        return amostra;
    }
}
