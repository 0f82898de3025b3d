package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SlotLabels;

/** Store records built in memory, for tests of the pure and FX-side logic (the store itself is tested elsewhere). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Sample sample(String uid, String name) {
        return new Sample(uid, 1, name, "user", "pin", 1234, null, null, 0, "active", 1, Map.of());
    }

    public static Request request(String uid, String sampleUid, int priority, long version) {
        RequestObj obj = RequestObj.builder().sample(sampleUid).set("file_prefix", "p" + uid).sweep(0, 10).imgWidth(0.1)
                .exposureTime(0.02).build();
        return new Request(uid, 100 + version, sampleUid, "standard", "user", 1234, priority, "active",
                RequestStatus.impliedBy(priority), null, 100, null, null, obj, version, Map.of());
    }

    public static Container puck(String uid, String name) {
        return new Container(uid, 1, name, "user", "16_pin_puck", List.of(), 1, 1, Map.of());
    }

    public static DewarSnapshot.PinNode pin(int position, Sample s, Request... requests) {
        return new DewarSnapshot.PinNode(position, s, List.of(requests));
    }

    public static DewarSnapshot.PuckNode puckAt(int slot, Container puck, DewarSnapshot.PinNode... pins) {
        return new DewarSnapshot.PuckNode(slot, SlotLabels.label(slot), puck, List.of(pins));
    }

    public static DewarSnapshot dewar(DewarSnapshot.PuckNode... pucks) {
        return new DewarSnapshot(new Container("dewar", 1, "primaryDewar", "sim", "automounterDewar", List.of(), 1, 1,
                Map.of()), List.of(pucks));
    }

    /**
     * A full dewar: {@code pucks} pucks of 16 samples, {@code requests} requests spread over the samples, every
     * third queued.
     */
    public static DewarSnapshot fullDewar(int pucks, int requests) {
        List<DewarSnapshot.PuckNode> out = new ArrayList<>();
        int samples = pucks * 16;
        int r = 0;
        for (int p = 1; p <= pucks; p++) {
            List<DewarSnapshot.PinNode> pins = new ArrayList<>();
            for (int pin = 1; pin <= 16; pin++) {
                int s = (p - 1) * 16 + pin - 1;
                int count = requests / samples + (s < requests % samples ? 1 : 0);
                List<Request> rs = new ArrayList<>();
                for (int i = 0; i < count; i++, r++) {
                    rs.add(request("r" + r, "s" + s, r % 3 == 0 ? 5000 - r : r % 3 == 1 ? 0 : -1, 1));
                }
                pins.add(new DewarSnapshot.PinNode(pin, sample("s" + s, String.format("crystal_%03d", s)), rs));
            }
            out.add(new DewarSnapshot.PuckNode(p, SlotLabels.label(p), puck("puck" + p, String.format("PUCK%02d", p)), pins));
        }
        return new DewarSnapshot(new Container("dewar", 1, "primaryDewar", "sim", "automounterDewar", List.of(), 1, 1,
                Map.of()), out);
    }
}
