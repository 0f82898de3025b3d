package org.lsdcfx.datafiles.nxmx;

/** The state a master file declares in {@code /entry/lsdcfx_status}. Only COMPLETE claims that all frames exist. */
public enum DatasetStatus {
    /** Being written, or the writer crashed: frames may be missing. */
    IN_PROGRESS("in_progress"),
    /** Aborted (or completed early): the frames listed exist, the rest are missing. */
    INCOMPLETE("incomplete"),
    /** Every planned frame is written and linked; {@code /entry/end_time} is set. */
    COMPLETE("complete");

    private final String label;

    DatasetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DatasetStatus fromLabel(String label) {
        for (DatasetStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new NxmxException("unknown dataset status '" + label + "'");
    }
}
