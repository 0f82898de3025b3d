package org.lsdcfx.mxtools.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Dewar geometry. Puck slots are named LSDC-style: sector number then position letter, {@code 1A, 1B, 1C, 2A, ...
 * 8C} for 8 sectors of 3 pucks; pins are numbered 1..{@code pinsPerPuck}.
 */
public record DewarSpec(Integer sectors, Integer pucksPerSector, Integer pinsPerPuck) {

    /** All puck slot names in dewar order. */
    public List<String> puckSlots() {
        List<String> slots = new ArrayList<>(sectors * pucksPerSector);
        for (int s = 1; s <= sectors; s++) {
            for (int p = 0; p < pucksPerSector; p++) {
                slots.add(s + String.valueOf((char) ('A' + p)));
            }
        }
        return slots;
    }

    public int puckCount() {
        return sectors * pucksPerSector;
    }

    public boolean hasSlot(String slot) {
        return slot != null && puckSlots().contains(slot);
    }

    public boolean hasPin(int pin) {
        return pin >= 1 && pin <= pinsPerPuck;
    }
}
