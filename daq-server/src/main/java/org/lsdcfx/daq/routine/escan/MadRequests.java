package org.lsdcfx.daq.routine.escan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.conftrak.ScreenDefaults;
import org.lsdcfx.datafiles.layout.FilePrefix;

/**
 * "Use these energies": standard (rotation) requests at the peak, inflection and remote energies of a Chooch result,
 * for the sample of the energy scan. Each request takes the beamline's screen defaults for the rotation (conftrak
 * {@code screen_default_*}, {@code stdTrans}), the scan request's sample settings (base path, visit, saved centre,
 * centring option), its own energy and wavelength, a new run number and the file prefix
 * {@code <scan prefix>_<role>} (shortened to LSDC's 25 characters), plus {@code madEnergy} (the role) and
 * {@code choochResult} (the result uid) so it can be traced back. Pure: the caller reads and writes the store.
 */
final class MadRequests {
    /** The energies a Chooch result offers, by their LSDC field names. */
    enum Role {
        PEAK("peak"), INFL("infl"), REMOTE("remote");

        private final String field;

        Role(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }

        double energy(ChoochResult r) {
            return switch (this) {
                case PEAK -> r.peak().energy();
                case INFL -> r.inflection().energy();
                case REMOTE -> r.remote() == null ? Double.NaN : r.remote().energy();
            };
        }
    }

    /** The request_obj keys copied from the energy-scan request. */
    static final List<String> COPIED = List.of(RequestKeys.POS_X, RequestKeys.POS_Y, RequestKeys.POS_Z,
            RequestKeys.POS_TYPE, RequestKeys.CENTERING_OPTION);
    static final String MAD_ENERGY = "madEnergy";
    static final String CHOOCH_RESULT = "choochResult";
    static final String ALL = "peak,infl,remote";

    private MadRequests() {
    }

    /**
     * Parses {@code which}: a comma-separated subset of {@value #ALL}, in any order, each once.
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    static List<Role> parse(String which) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String part : which.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            Role role = switch (p) {
                case "peak" -> Role.PEAK;
                case "infl", "inflection" -> Role.INFL;
                case "remote" -> Role.REMOTE;
                default -> throw new IllegalArgumentException("argument 'which' takes a comma-separated list of " + ALL
                        + ", not '" + part.trim() + "'");
            };
            if (!roles.add(role)) {
                throw new IllegalArgumentException("argument 'which' names " + role.field() + " twice");
            }
        }
        return List.copyOf(roles);
    }

    /**
     * @param scanObj    the energy-scan request's request_obj (sample settings copied from it)
     * @param place      file fields: the scan request's base path and visit, the sample's puck and pin
     * @param runNumbers hands out the sample's next run number
     * @param rules      for the monochromator range
     * @throws IllegalArgumentException when the result has no remote energy and one is asked for, or an energy lies
     *                                  outside the monochromator range
     */
    static List<NewRequest> build(String choochUid, ChoochResult chooch, List<Role> roles, RequestObj scanObj, Sample sample,
                                  SamplePlace place, ScreenDefaults defaults, int priority, LongSupplier runNumbers,
                                  EnergyScanRules rules) {
        String basePrefix = scanObj.optString(RequestKeys.FILE_PREFIX).orElse(sample.name());
        double[] energies = new double[roles.size()];
        for (int i = 0; i < roles.size(); i++) { // every energy checked before a run number is taken
            Role role = roles.get(i);
            energies[i] = role.energy(chooch);
            if (Double.isNaN(energies[i])) {
                throw new IllegalArgumentException("Chooch result " + choochUid + " has no remote energy");
            }
            if (energies[i] < rules.monoMinEv() || energies[i] > rules.monoMaxEv()) {
                throw new IllegalArgumentException("the " + role.field() + " energy " + EnergyFormat.ev(energies[i])
                        + " eV is outside the monochromator range " + rules.monoRange());
            }
        }
        List<NewRequest> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            RequestObjBuilder b = RequestObj.builder().protocol("standard").sweep(defaults.phist(), defaults.phiEnd())
                    .imgWidth(defaults.width()).exposureTime(defaults.time()).detDist(defaults.dist())
                    .resolution(defaults.reso()).attenuation(defaults.stdTrans())
                    .slits(defaults.beamWidth(), defaults.beamHeight()).energy(energies[i]);
            for (String key : COPIED) {
                if (scanObj.has(key)) {
                    b.set(key, scanObj.get(key));
                }
            }
            place.files(b, prefix(basePrefix, role), runNumbers.getAsLong());
            b.set(MAD_ENERGY, role.field()).set(CHOOCH_RESULT, choochUid);
            out.add(new NewRequest(sample.uid(), sample.owner(), sample.proposalID(), priority, b.build()));
        }
        return out;
    }

    /** {@code <base>_<role>}, the base shortened so that the whole fits LSDC's 25-character prefix rule. */
    static String prefix(String base, Role role) {
        String suffix = "_" + role.field();
        int room = FilePrefix.MAX_LENGTH - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }
}
