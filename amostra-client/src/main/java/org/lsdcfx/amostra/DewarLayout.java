package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dewar and its pucks, read in two queries (the dewar by name, the pucks by {@code $in}), with every placed
 * sample's location. Immutable.
 */
record DewarLayout(Container dewar, Map<Integer, Container> pucksBySlot, Map<String, SampleLocation> locations) {
    private static final Logger log = LoggerFactory.getLogger(DewarLayout.class);

    static DewarLayout read(ContainerStore containers, String dewarName) {
        Container dewar = containers.requireDewar(dewarName);
        Map<String, Container> byUid = new HashMap<>();
        containers.getAll(dewar.children()).forEach(p -> byUid.put(p.uid(), p));
        Map<Integer, Container> pucksBySlot = new LinkedHashMap<>();
        Map<String, SampleLocation> locations = new LinkedHashMap<>();
        for (int slot = 1; slot <= dewar.capacity(); slot++) {
            String puckUid = dewar.at(slot).orElse(null);
            if (puckUid == null) {
                continue;
            }
            Container puck = byUid.get(puckUid);
            if (puck == null) {
                log.warn("Dewar {} slot {} names puck {}, which does not exist; ignoring it", dewarName, slot, puckUid);
                continue;
            }
            pucksBySlot.put(slot, puck);
            for (int pin = 1; pin <= puck.capacity(); pin++) {
                int p = pin;
                int s = slot;
                puck.at(pin).ifPresent(sample -> locations.putIfAbsent(sample,
                        new SampleLocation(dewar.uid(), s, SlotLabels.label(s), puck.uid(), puck.name(), p)));
            }
        }
        return new DewarLayout(dewar, Collections.unmodifiableMap(pucksBySlot), Collections.unmodifiableMap(locations));
    }

    List<String> sampleUids() {
        return new ArrayList<>(locations.keySet());
    }
}
