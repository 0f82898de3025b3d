package org.lsdcfx.datafiles.nxmx;

/**
 * The linear sample translation of a vector collection (LSDC {@code vectorParams}): the goniometer moves from
 * {@code start} to {@code end} while the frames are taken. Frame {@code i} of {@code n} starts at
 * {@code start + (end - start) * i / n}. Written as {@code sam_x}, {@code sam_y}, {@code sam_z} per frame.
 *
 * @param start position at the start of the first frame
 * @param end   position at the end of the last frame
 * @param unit  unit of the positions, e.g. "um" or "mm"
 */
public record VectorTranslation(Vector3 start, Vector3 end, String unit) {
    public VectorTranslation {
        if (start == null || end == null) {
            throw new NxmxException("a vector translation needs its start and end");
        }
        if (unit == null || unit.isBlank()) {
            throw new NxmxException("a vector translation needs the unit of its positions");
        }
    }

    public Vector3 position(int frame, int frameCount) {
        return start.interpolate(end, (double) frame / frameCount);
    }
}
