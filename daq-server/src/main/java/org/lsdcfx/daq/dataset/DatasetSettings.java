package org.lsdcfx.daq.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.lsdcfx.datafiles.layout.RunPolicy;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.datafiles.nxmx.NxmxFieldMap;

/**
 * How the server lays out and completes datasets.
 *
 * @param nxmx                 the NXmx backend the server reads, resumes and supplements datasets with, and why it was
 *                             chosen (the detector's file writer may use its own)
 * @param fieldMap             where each NXmx metadata field comes from on this beamline; the server adds the fields it
 *                             can fill and the detector did not write
 * @param runPolicy            when the run directory exists: take the next free run, or fail the request
 * @param createVisitDirectory create {@code <visitDirectory>/<visit_name>} when missing (LSDC creates it); false on
 *                             facilities where visit directories are provisioned and a missing one is an error
 * @param commissioningRoots   roots under which a request may name another base path (LSDC PR #397)
 * @param framesPerDataFile    frames per data file; 0 means the profile's detector value
 */
public record DatasetSettings(NxmxBackends.Choice nxmx, NxmxFieldMap fieldMap, RunPolicy runPolicy,
                              boolean createVisitDirectory, List<Path> commissioningRoots, int framesPerDataFile) {
    public DatasetSettings {
        Objects.requireNonNull(nxmx, "nxmx");
        Objects.requireNonNull(fieldMap, "fieldMap");
        Objects.requireNonNull(runPolicy, "runPolicy");
        commissioningRoots = commissioningRoots == null ? List.of() : List.copyOf(commissioningRoots);
        if (framesPerDataFile < 0) {
            throw new IllegalArgumentException("frames per data file must be 0 (the profile's) or more, got " + framesPerDataFile);
        }
    }

    /** The active backend ({@link NxmxBackends#active()}), the default field map, next free run, visit created. */
    public static DatasetSettings defaults() {
        return new DatasetSettings(NxmxBackends.active(), NxmxFieldMap.defaults(), RunPolicy.NEXT_FREE, true, List.of(), 0);
    }

    public NxmxBackend backend() {
        return nxmx.backend();
    }

    /** Another backend, e.g. {@code NxmxBackends.select(Preference.JHDF)} to run as without the JNI library. */
    public DatasetSettings withBackend(NxmxBackends.Choice choice) {
        return new DatasetSettings(choice, fieldMap, runPolicy, createVisitDirectory, commissioningRoots, framesPerDataFile);
    }

    public DatasetSettings withRunPolicy(RunPolicy policy) {
        return new DatasetSettings(nxmx, fieldMap, policy, createVisitDirectory, commissioningRoots, framesPerDataFile);
    }

    public DatasetSettings withFieldMap(NxmxFieldMap map) {
        return new DatasetSettings(nxmx, map, runPolicy, createVisitDirectory, commissioningRoots, framesPerDataFile);
    }

    public DatasetSettings withFramesPerDataFile(int frames) {
        return new DatasetSettings(nxmx, fieldMap, runPolicy, createVisitDirectory, commissioningRoots, frames);
    }

    public DatasetSettings withCommissioningRoots(List<Path> roots) {
        return new DatasetSettings(nxmx, fieldMap, runPolicy, createVisitDirectory, roots, framesPerDataFile);
    }

    public DatasetSettings withCreateVisitDirectory(boolean create) {
        return new DatasetSettings(nxmx, fieldMap, runPolicy, create, commissioningRoots, framesPerDataFile);
    }
}
