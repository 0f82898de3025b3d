package org.lsdcfx.gui.model;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;

/**
 * Beamline PVs the status strip monitors directly (as LSDC's GUI does), named by the beamline profile. A null
 * name means the profile has no such PV; the strip then shows "n/a".
 *
 * @param ringCurrent     storage-ring current, mA
 * @param beamAvailable   1 when beam is available
 * @param governorState   governor state name (SE, SA, DA, ...)
 * @param sampleExposed   fast-shutter state: 1 open (sample exposed)
 * @param gripperTemp     robot gripper temperature, K (profile pv {@code gripTemp})
 * @param cryostreamTemp  cryostream temperature, K (profile pv {@code cryostreamTemp})
 * @param detectorPath    detector file-writer directory ({@code cam1:FilePath})
 * @param detectorPattern detector file-name prefix ({@code cam1:FWNamePattern})
 */
public record BeamlinePvs(String ringCurrent, String beamAvailable, String governorState, String sampleExposed,
                         String gripperTemp, String cryostreamTemp, String detectorPath, String detectorPattern) {
    public static final String GRIPPER_TEMP = "gripTemp";
    public static final String CRYOSTREAM_TEMP = "cryostreamTemp";

    public static BeamlinePvs of(BeamlineProfile profile) {
        String det = profile.detector() == null ? null : profile.detector().pvPrefix();
        return new BeamlinePvs(profile.pvs().get(Descriptors.RING_CURRENT), profile.pvs().get(Descriptors.BEAM_AVAILABLE),
                profile.governor() == null ? null : profile.governor().pvPrefix() + "Sts:State-I",
                profile.pvs().get(Descriptors.FAST_SHUTTER_STATE), profile.pvs().get(GRIPPER_TEMP),
                profile.pvs().get(CRYOSTREAM_TEMP), det == null ? null : det + "cam1:FilePath",
                det == null ? null : det + "cam1:FWNamePattern");
    }
}
