package org.lsdcfx.amostra.sheet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to import a sheet.
 *
 * @param dewarName            when set, the sheet's pucks are also put into this dewar: into the slots named in
 *                             {@code puckSlots}, the others into free slots in order; null = leave them out
 * @param puckSlots            puck name → slot label ("3B") or number, for pucks that must go into given slots
 * @param emptyReusedPucks     LSDC's behaviour (true): an existing puck named in the sheet is emptied first, its
 *                             former samples are listed in the report; false: a sheet position already taken
 *                             in an existing puck is an error
 * @param requireKnownProposal refuse a proposal that is not in the proposal store
 */
public record ImportOptions(String dewarName, Map<String, String> puckSlots, boolean emptyReusedPucks,
                            boolean requireKnownProposal) {
    public ImportOptions {
        puckSlots = Map.copyOf(puckSlots);
    }

    /** LSDC's import: pucks created or emptied and filled, not placed in a dewar. */
    public static ImportOptions lsdc() {
        return new ImportOptions(null, Map.of(), true, false);
    }

    public ImportOptions intoDewar(String name) {
        return new ImportOptions(name, puckSlots, emptyReusedPucks, requireKnownProposal);
    }

    public ImportOptions withSlot(String puckName, String slotLabel) {
        Map<String, String> m = new LinkedHashMap<>(puckSlots);
        m.put(puckName, slotLabel);
        return new ImportOptions(dewarName, m, emptyReusedPucks, requireKnownProposal);
    }

    public ImportOptions keepingExistingContents() {
        return new ImportOptions(dewarName, puckSlots, false, requireKnownProposal);
    }

    public ImportOptions requiringKnownProposal() {
        return new ImportOptions(dewarName, puckSlots, emptyReusedPucks, true);
    }
}
