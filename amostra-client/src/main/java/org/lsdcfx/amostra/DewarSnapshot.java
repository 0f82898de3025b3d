package org.lsdcfx.amostra;

import java.util.List;
import java.util.Optional;

/**
 * Everything the dewar tree shows, read at one moment: the dewar, its pucks by slot, their samples by position
 * and each sample's active requests. Immutable.
 */
public record DewarSnapshot(Container dewar, List<PuckNode> pucks) {
    public DewarSnapshot {
        pucks = List.copyOf(pucks);
    }

    /** A puck in a dewar slot, with its occupied positions. */
    public record PuckNode(int slot, String slotLabel, Container puck, List<PinNode> pins) {
        public PuckNode {
            pins = List.copyOf(pins);
        }
    }

    /**
     * A sample in a puck position with its active requests, highest priority first.
     *
     * @param position 1..16
     */
    public record PinNode(int position, Sample sample, List<Request> requests) {
        public PinNode {
            requests = List.copyOf(requests);
        }
    }

    public int sampleCount() {
        return pucks.stream().mapToInt(p -> p.pins().size()).sum();
    }

    public int requestCount() {
        return pucks.stream().flatMap(p -> p.pins().stream()).mapToInt(n -> n.requests().size()).sum();
    }

    public Optional<PinNode> pinOf(String sampleUid) {
        return pucks.stream().flatMap(p -> p.pins().stream()).filter(n -> n.sample().uid().equals(sampleUid))
                .findFirst();
    }
}
