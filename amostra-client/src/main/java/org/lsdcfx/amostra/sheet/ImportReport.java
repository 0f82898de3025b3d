package org.lsdcfx.amostra.sheet;

import java.util.List;

/**
 * What an import did, for a CLI or dialog to show.
 *
 * @param dewarName the dewar pucks were placed in, or null
 */
public record ImportReport(String source, String owner, int proposalID, String dewarName, List<PuckResult> pucks,
                           List<CreatedSample> samples) {
    public ImportReport {
        pucks = List.copyOf(pucks);
        samples = List.copyOf(samples);
    }

    /**
     * @param created   true for a new puck, false for one reused by name
     * @param slotLabel the dewar slot it is in after the import, or null
     * @param displaced uids of samples taken out of a reused puck (they still exist, unplaced)
     */
    public record PuckResult(String name, String uid, boolean created, String slotLabel, List<String> displaced) {
        public PuckResult {
            displaced = List.copyOf(displaced);
        }
    }

    public record CreatedSample(int row, String name, String uid, String puckName, int position) {
    }

    public long pucksCreated() {
        return pucks.stream().filter(PuckResult::created).count();
    }

    /** A few lines a person can read. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(source).append(": ").append(samples.size()).append(" sample(s) for ").append(owner)
                .append(", proposal ").append(proposalID).append('\n');
        for (PuckResult p : pucks) {
            b.append("  puck ").append(p.name()).append(p.created() ? " (new)" : " (reused)");
            if (p.slotLabel() != null) {
                b.append(" in ").append(dewarName).append(" slot ").append(p.slotLabel());
            }
            long count = samples.stream().filter(s -> s.puckName().equals(p.name())).count();
            b.append(": ").append(count).append(" sample(s)");
            if (!p.displaced().isEmpty()) {
                b.append(", ").append(p.displaced().size()).append(" earlier sample(s) taken out");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
