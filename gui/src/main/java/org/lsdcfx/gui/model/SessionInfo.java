package org.lsdcfx.gui.model;

import java.util.List;
import java.util.Optional;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.ScreenDefaults;
import org.lsdcfx.conftrak.key.CommKeys;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.lsdcfx.mxtools.profile.BeamlineProfile;

/**
 * What the GUI reads from conftrak and the profile at start-up: where to send commands, which dewar to show,
 * the visit, the user's role, request defaults and the beamline's limits. Immutable.
 *
 * @param commPrefix     comm PV prefix (override, else conftrak {@code beamlineComm} if stored, else the profile's)
 * @param dewarName      conftrak {@code primaryDewarName}
 * @param visitDirectory conftrak {@code visitDirectory} (the requests' {@code basePath}); "" when unset
 * @param user           the user name written into the stores as "who"
 * @param staff          the user is on the staff list (conftrak {@code staffUsers} or the profile's)
 * @param dewarSlots     puck slots in the dewar (24 = 8 sectors × 3)
 */
public record SessionInfo(String beamlineId, String commPrefix, String dewarName, String visitDirectory,
                          String visitName, int proposal, String user, boolean staff, ScreenDefaults defaults,
                          ProtocolDefaults protocolDefaults,
                          BeamlineLimits limits, List<BeamSize> beamSizes, String detectorName, int dewarSlots) {
    public static final int DEFAULT_SLOTS = 24;

    /** Reads the session from the store; call off the FX thread. */
    public static SessionInfo load(Conftrak conftrak, BeamlineProfile profile, String user, String commPrefixOverride) {
        String prefix = commPrefixOverride != null && !commPrefixOverride.isBlank() ? commPrefixOverride
                : conftrak.isStored(CommKeys.BEAMLINE_COMM.name()) ? conftrak.get(CommKeys.BEAMLINE_COMM)
                : profile.commPrefix();
        boolean staff = conftrak.isStaff(user) || profile.staffUsers().contains(user);
        List<BeamSize> sizes = BeamSize.parseList(profile.extra(BeamSize.PROFILE_KEY).orElse(BeamSize.DEFAULT_SIZES));
        return new SessionInfo(conftrak.beamlineId(), prefix, conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME),
                Optional.ofNullable(conftrak.get(VisitKeys.VISIT_DIRECTORY)).orElse(""),
                Optional.ofNullable(conftrak.get(VisitKeys.VISIT_NAME)).orElse(""), conftrak.get(VisitKeys.PROPOSAL),
                user, staff, conftrak.screenDefaults(), ProtocolDefaults.load(conftrak), BeamlineLimits.of(profile, conftrak.get(CommKeys.DET_RADIUS)),
                sizes.isEmpty() ? BeamSize.parseList(BeamSize.DEFAULT_SIZES) : sizes,
                profile.detector() == null ? "" : profile.detector().model(),
                profile.dewar() == null ? DEFAULT_SLOTS : profile.dewar().puckCount());
    }
}
