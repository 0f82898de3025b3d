package org.lsdcfx.mxtools.profile;

/**
 * The area detector (Eiger-like). PV names are the Eiger areaDetector driver's, under {@code pvPrefix}
 * (for example {@code XF:17IDB-ES:AMX{Det:Eig9M}} followed by {@code cam1:NumImages}).
 *
 * @param model             human-readable model, e.g. "Eiger 9M"
 * @param pvPrefix          prefix of all detector PVs
 * @param nx                pixels along x (fast axis)
 * @param ny                pixels along y
 * @param pixelSizeMm       pixel pitch in mm
 * @param maxFrameRateHz    highest frame rate the detector accepts
 * @param framesPerDataFile frames per data file written by the file writer
 * @param sensorMaterial    e.g. "Si"
 * @param sensorThicknessMm sensor thickness in mm
 * @param saturationValue   counts at which a pixel saturates
 */
public record DetectorSpec(String model, String pvPrefix, Integer nx, Integer ny, Double pixelSizeMm,
                           Double maxFrameRateHz, Integer framesPerDataFile, String sensorMaterial,
                           Double sensorThicknessMm, Long saturationValue) {

    DetectorSpec withPvPrefix(String prefix) {
        return new DetectorSpec(model, prefix, nx, ny, pixelSizeMm, maxFrameRateHz, framesPerDataFile,
                sensorMaterial, sensorThicknessMm, saturationValue);
    }
}
