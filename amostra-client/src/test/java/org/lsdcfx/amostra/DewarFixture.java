package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a dewar through the public API: {@code pucks} pucks in slots 1.., each with {@code pinsPerPuck} samples
 * in positions 1.., and looks samples up by "slot/pin".
 */
final class DewarFixture {
    static final String DEWAR = "primaryDewarTest";
    static final String OWNER = "jdoe";
    static final int PROPOSAL = 311234;
    static final String VISIT_DIR = "/nsls2/data/amx/proposals/2024-3/pass-311234";

    final Amostra amostra;
    final Container dewar;
    final List<Container> pucks = new ArrayList<>();
    /** sample by "slot/pin". */
    final Map<String, Sample> samples = new LinkedHashMap<>();

    DewarFixture(Amostra amostra, int pucks, int pinsPerPuck) {
        this(amostra, DEWAR, "", pucks, pinsPerPuck);
    }

    /** A dewar of another name; {@code tag} keeps puck and sample names apart from other fixtures'. */
    DewarFixture(Amostra amostra, String dewarName, String tag, int pucks, int pinsPerPuck) {
        this.amostra = amostra;
        this.dewar = amostra.containers().createDewar(dewarName, "amx");
        for (int slot = 1; slot <= pucks; slot++) {
            Container puck = amostra.containers().createPuck(tag + "puck" + slot, OWNER);
            List<NewSample> batch = new ArrayList<>();
            for (int pin = 1; pin <= pinsPerPuck; pin++) {
                batch.add(new NewSample(tag + "s" + slot + "-" + pin, OWNER, PROPOSAL));
            }
            Map<Integer, String> positions = new LinkedHashMap<>();
            List<Sample> created = amostra.samples().createAll(batch, OWNER);
            for (int pin = 1; pin <= pinsPerPuck; pin++) {
                positions.put(pin, created.get(pin - 1).uid());
                samples.put(slot + "/" + pin, created.get(pin - 1));
            }
            if (!positions.isEmpty()) {
                amostra.containers().insertAll(puck.uid(), positions, OWNER);
            }
            amostra.containers().insert(dewar.uid(), slot, puck.uid(), "staff");
            this.pucks.add(puck);
        }
    }

    Sample sample(int slot, int pin) {
        return samples.get(slot + "/" + pin);
    }

    /** A standard request in this visit's directory. */
    Request request(int slot, int pin, int priority) {
        return request(sample(slot, pin), priority, PROPOSAL, VISIT_DIR);
    }

    Request request(Sample s, int priority, Integer proposal, String basePath) {
        RequestObj obj = RequestObj.builder().sample(s.uid()).set(RequestKeys.BASE_PATH, basePath)
                .set(RequestKeys.FILE_PREFIX, s.name()).build();
        return amostra.requests().create(new NewRequest(s.uid(), OWNER, proposal, priority, obj), OWNER);
    }
}
