package org.lsdcfx.daq.routine.collect;

import java.nio.file.Path;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.ModuleLayout;
import org.lsdcfx.analysis.spots.PixelMask;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.daq.dataset.DatasetService;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.MasterHeader;

/**
 * Spot finding on a frame read back from its NXmx files (the same code as online spot finding: analysis'
 * {@link DispersionSpotFinder}, DIALS' dispersion algorithm with its defaults), with the geometry the master declares.
 * Pixels 0xFFFF (gaps, bad) are untrusted, as in Eiger 16-bit images. Stateless.
 */
final class ReferenceSpots {
    private ReferenceSpots() {
    }

    static FrameResult find(DatasetService datasets, Path master, int index) {
        try (FrameSource frames = datasets.frames(master)) {
            MasterHeader h = frames.header();
            org.lsdcfx.datafiles.nxmx.Frame frame = frames.read(index);
            char[] pixels = new char[frame.length()];
            if (frame instanceof org.lsdcfx.datafiles.nxmx.Frame.Uint16 f) {
                short[] p = f.pixels();
                for (int i = 0; i < p.length; i++) {
                    pixels[i] = (char) p[i];
                }
            } else if (frame instanceof org.lsdcfx.datafiles.nxmx.Frame.Uint32 f) {
                int[] p = f.pixels();
                for (int i = 0; i < p.length; i++) {
                    long v = Integer.toUnsignedLong(p[i]);
                    pixels[i] = v >= 0xFFFF_FFFFL ? Frame.BAD_PIXEL : (char) Math.min(v, Frame.DEFAULT_OVERLOAD);
                }
            }
            DetectorGeometry g = new DetectorGeometry(h.width(), h.height(), h.pixelSizeXMm(), h.distanceMm(),
                    h.beamCentreXPx(), h.beamCentreYPx(), h.wavelengthA(), ModuleLayout.NONE);
            int overload = h.saturationValue() > 0 && h.saturationValue() < 0xFFFF ? (int) h.saturationValue()
                    : Frame.DEFAULT_OVERLOAD;
            return new DispersionSpotFinder(SpotFinderParams.defaults())
                    .find(new Frame(g, pixels, PixelMask.none(h.width(), h.height()), overload));
        }
    }
}
