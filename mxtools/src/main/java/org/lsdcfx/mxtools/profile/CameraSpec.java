package org.lsdcfx.mxtools.profile;

/**
 * A sample-viewing camera (areaDetector style). The image is read from {@code pvPrefix + "image1:ArrayData"}, its
 * size from {@code cam1:ArraySizeX_RBV}/{@code cam1:ArraySizeY_RBV}; the field of view is a static calibration.
 *
 * @param pvPrefix    prefix of the camera PVs, e.g. {@code XF:17IDB-ES:AMX{Cam:7}}
 * @param fovWidthUm  horizontal field of view in micrometres
 * @param fovHeightUm vertical field of view in micrometres
 */
public record CameraSpec(String pvPrefix, Double fovWidthUm, Double fovHeightUm) {

    CameraSpec withPvPrefix(String prefix) {
        return new CameraSpec(prefix, fovWidthUm, fovHeightUm);
    }
}
