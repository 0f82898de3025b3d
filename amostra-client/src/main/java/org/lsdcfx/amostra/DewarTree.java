package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole dewar for the tree view (LSDC's {@code get_dewar_tree_data}) in four queries whatever its size:
 * the dewar, its pucks ({@code $in}), their samples ({@code $in}) and the samples' active requests
 * ({@code $in}). No query per puck or per sample. Thread-safe.
 */
public final class DewarTree {
    private final ContainerStore containers;
    private final SampleStore samples;
    private final RequestStore requests;

    DewarTree(ContainerStore containers, SampleStore samples, RequestStore requests) {
        this.containers = containers;
        this.samples = samples;
        this.requests = requests;
    }

    /** @throws org.lsdcfx.store.NotFoundException when there is no dewar of that name */
    public DewarSnapshot read(String dewarName) {
        DewarLayout layout = DewarLayout.read(containers, dewarName);
        List<String> sampleUids = layout.sampleUids();
        Map<String, Sample> sampleByUid = new HashMap<>();
        samples.getAll(sampleUids).forEach(s -> sampleByUid.put(s.uid(), s));
        Map<String, List<Request>> requestsBySample = new HashMap<>();
        requests.forSamples(sampleUids)
                .forEach(r -> requestsBySample.computeIfAbsent(r.sample(), k -> new ArrayList<>()).add(r));
        List<DewarSnapshot.PuckNode> pucks = new ArrayList<>();
        layout.pucksBySlot().forEach((slot, puck) -> {
            List<DewarSnapshot.PinNode> pins = new ArrayList<>();
            for (int pin = 1; pin <= puck.capacity(); pin++) {
                Sample s = puck.at(pin).map(sampleByUid::get).orElse(null);
                if (s != null) {
                    pins.add(new DewarSnapshot.PinNode(pin, s, requestsBySample.getOrDefault(s.uid(), List.of())));
                }
            }
            pucks.add(new DewarSnapshot.PuckNode(slot, SlotLabels.label(slot), puck, pins));
        });
        return new DewarSnapshot(layout.dewar(), pucks);
    }
}
