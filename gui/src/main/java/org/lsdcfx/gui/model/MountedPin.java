package org.lsdcfx.gui.model;

/**
 * LSDC's {@code mounted_pin}: {@code "<sampleUid>,<state>"}, "" when nothing is mounted. States: {@code cm}
 * mounting, {@code m} mounted, {@code fm} mount failed, {@code cu} unmounting, {@code fu} unmount failed.
 */
public record MountedPin(String sampleUid, String state) {
    public static final MountedPin NONE = new MountedPin("", "");

    public static MountedPin parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        int comma = text.indexOf(',');
        return comma < 0 ? new MountedPin(text.trim(), "m")
                : new MountedPin(text.substring(0, comma).trim(), text.substring(comma + 1).trim());
    }

    public boolean isNone() {
        return sampleUid.isEmpty();
    }

    /** The state as the tree shows it next to the sample. */
    public String label() {
        return switch (state) {
            case "cm" -> "mounting…";
            case "m" -> "mounted";
            case "fm" -> "mount failed";
            case "cu" -> "unmounting…";
            case "fu" -> "unmount failed";
            default -> state;
        };
    }
}
