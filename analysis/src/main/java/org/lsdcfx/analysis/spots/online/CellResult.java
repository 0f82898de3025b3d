package org.lsdcfx.analysis.spots.online;

import org.lsdcfx.analysis.spots.FrameResult;

/**
 * One raster cell as emitted by {@link PointBundler}: the spot-finding result and the motor coordinates of the same
 * point id, or as much of them as arrived before the timeout.
 *
 * @param pointId      the point (cell) index
 * @param status       whether both halves are in
 * @param spots        spot-finding result; null when it has not arrived or spot finding failed
 * @param spotFailure  why spot finding failed; null unless it did
 * @param coordinates  motor coordinates of the point; null when they have not arrived
 * @param <C>          the coordinates type chosen by the caller
 */
public record CellResult<C>(int pointId, Status status, FrameResult spots, String spotFailure, C coordinates) {

    /** How complete a cell is. */
    public enum Status {
        /** Both halves arrived within the timeout. */
        COMPLETE,
        /** One half was still missing when the timeout expired; emitted with what had arrived. */
        TIMED_OUT,
        /** The half missing from an earlier {@link #TIMED_OUT} emission arrived afterwards; now carries both halves. */
        LATE;

        /** True when both halves are present. */
        public boolean hasBothHalves() {
            return this != TIMED_OUT;
        }
    }

    public boolean hasSpots() {
        return spots != null;
    }

    public boolean hasCoordinates() {
        return coordinates != null;
    }

    public boolean spotFindingFailed() {
        return spotFailure != null;
    }
}
