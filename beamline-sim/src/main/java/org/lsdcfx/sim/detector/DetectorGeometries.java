package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.ModuleLayout;
import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.util.List;

/**
 * The geometry of the simulated detector's frames. A frame whose size tiles exactly with Eiger modules (the profile's
 * full size, or an Eiger 4M 2070 × 2167 / 16M 4150 × 4371) is a real-size frame: the profile's pixel pitch and the
 * module gaps, masked and marked {@code 0xFFFF} like an Eiger's. Any other size is the profile's detector binned to
 * that width: the same physical width (so the same resolution at the edge), square pixels, and no gaps (they average
 * out in binning). The beam is at the frame centre. Stateless.
 */
public final class DetectorGeometries {
    /** Dectris Eiger2 modules: 1028 × 512 pixels, 12 gap columns and 38 gap rows between modules. */
    public static final ModuleLayout EIGER2 = new ModuleLayout(1028, 512, 12, 38);
    private static final List<ModuleLayout> EIGER_LAYOUTS = List.of(EIGER2, ModuleLayout.EIGER);
    /** h·c in eV·Å. */
    private static final double HC_EV_A = 12398.4198;

    private DetectorGeometries() {
    }

    /**
     * @param spec        the profile's detector (pixel pitch, full size)
     * @param width       frame width, pixels
     * @param height      frame height, pixels
     * @param distanceMm  sample-to-detector distance
     * @param energyEv    photon energy
     */
    public static DetectorGeometry forFrame(DetectorSpec spec, int width, int height, double distanceMm,
                                            double energyEv) {
        double wavelength = HC_EV_A / energyEv;
        for (ModuleLayout layout : EIGER_LAYOUTS) {
            if (tiles(width, layout.moduleWidth(), layout.gapX()) && tiles(height, layout.moduleHeight(), layout.gapY())) {
                return new DetectorGeometry(width, height, spec.pixelSizeMm(), distanceMm, width / 2.0, height / 2.0,
                        wavelength, layout);
            }
        }
        double pixel = spec.pixelSizeMm() * spec.nx() / width;
        return new DetectorGeometry(width, height, pixel, distanceMm, width / 2.0, height / 2.0, wavelength,
                ModuleLayout.NONE);
    }

    private static boolean tiles(int size, int module, int gap) {
        return size >= module && (size + gap) % (module + gap) == 0;
    }
}
