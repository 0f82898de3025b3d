package org.lsdcfx.daq.routine.center;

/**
 * Registers the automatic centring methods this package provides. Call while assembling the server, with the
 * {@link AutoCentrings} the collection services use.
 */
public final class CentringMethods {
    private CentringMethods() {
    }

    /**
     * Registers "AutoLoop" (optical loop centring on the low-magnification camera) and returns the loop centring, for
     * methods that start from it (auto-raster, raster screening).
     *
     * @throws IllegalArgumentException if "AutoLoop" is registered already
     */
    public static LoopCentring registerAutoLoop(AutoCentrings centrings, LoopCentringSettings settings) {
        LoopCentring loop = new OpticalLoopCentring(settings);
        centrings.register(new AutoLoopCentring(loop));
        return loop;
    }

    /** {@link #registerAutoLoop(AutoCentrings, LoopCentringSettings)} with the default settings. */
    public static LoopCentring registerAutoLoop(AutoCentrings centrings) {
        return registerAutoLoop(centrings, LoopCentringSettings.defaults());
    }
}
