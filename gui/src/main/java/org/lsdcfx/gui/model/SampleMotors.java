package org.lsdcfx.gui.model;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * Read-backs of omega and the sample stages for the sample view (the profile's motor PVs, {@code .RBV}), through the
 * {@link FxThrottle}; NaN while unknown or disconnected. Sample positions are given in µm whatever the stage units.
 * Properties change on the FX thread only.
 */
public final class SampleMotors implements AutoCloseable {
    private final BeamlineProfile profile;
    private final ReadOnlyDoubleWrapper omega = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper x = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper y = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper z = new ReadOnlyDoubleWrapper(Double.NaN);
    private final PvWatches watches = new PvWatches();

    public SampleMotors(BeamlineProfile profile) {
        this.profile = profile;
    }

    /** Starts the monitors. */
    public synchronized void connect(PvSource pvs, FxThrottle throttle) {
        watch(pvs, throttle, Descriptors.OMEGA, omega, 1);
        watch(pvs, throttle, Descriptors.SAMPLE_X, x, umPerUnit(Descriptors.SAMPLE_X));
        watch(pvs, throttle, Descriptors.SAMPLE_Y, y, umPerUnit(Descriptors.SAMPLE_Y));
        watch(pvs, throttle, Descriptors.SAMPLE_Z, z, umPerUnit(Descriptors.SAMPLE_Z));
    }

    private void watch(PvSource pvs, FxThrottle throttle, String descriptor, ReadOnlyDoubleWrapper target, double factor) {
        MotorSpec spec = profile.motors().get(descriptor);
        if (spec == null) {
            return;
        }
        String pv = spec.pv() + ".RBV";
        watches.direct(pvs, pv, v -> {
            double value = v.connected() ? v.number() * factor : Double.NaN;
            throttle.submit(pv, () -> target.set(value));
        });
    }

    /** µm per unit of the stage ({@code mm} stages: 1000). */
    public double umPerUnit(String descriptor) {
        MotorSpec spec = profile.motors().get(descriptor);
        return spec != null && "mm".equalsIgnoreCase(spec.units()) ? 1000 : 1;
    }

    public ReadOnlyDoubleProperty omegaProperty() {
        return omega.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty xProperty() {
        return x.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zProperty() {
        return z.getReadOnlyProperty();
    }

    /** x, y, z in µm (FX thread). */
    public double[] xyz() {
        return new double[]{x.get(), y.get(), z.get()};
    }

    @Override
    public synchronized void close() {
        watches.close();
    }
}
