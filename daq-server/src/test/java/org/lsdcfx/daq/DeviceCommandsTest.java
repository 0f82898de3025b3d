package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.PvReader;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Accept and reject paths of the device commands against beamline-sim over real PVA: mountSample, unmountSample,
 * unmountCold, setTrans, mvaDescriptor, move_omega, set_energy, set_beamcenter.
 */
class DeviceCommandsTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("DCT", 0.01);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private DaqTestBed.Builder bed() {
        return DaqTestBed.builder(mongo.connection()).simulator(sim);
    }

    @Test
    void mountAndUnmountWithTheRobotPublishMountedPin() {
        try (DaqTestBed bed = bed().start()) {
            assertTrue(bed.server().beamlineConnected());
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(2);
            String uid = seeds.sample(1).uid();
            String done = Calls.done(bed.client(), "mountSample", uid).reason();
            assertEquals("mounted xtal-2 from 1A:2", done);
            assertEquals(uid + ",m", bed.pvs().string(CommPvNames.MOUNTED_PIN));
            assertEquals(uid, seeds.conftrak().mountedSample().sampleID());
            assertEquals("SA", bed.server().beamlineConnected() ? governorState(bed) : "", "governor back in SA after a mount");
            Calls.done(bed.client(), "unmountSample");
            assertEquals("", bed.pvs().string(CommPvNames.MOUNTED_PIN));
            assertFalse(seeds.conftrak().mountedSample().isMounted());
            assertEquals("nothing is mounted", Calls.done(bed.client(), "unmountCold").reason());

            assertTrue(Calls.rejected(bed.client(), "mountSample", "../../etc/passwd").startsWith("argument 'sampID'"));
            assertTrue(Calls.rejected(bed.client(), "mountSample").startsWith("missing argument 'sampID'"));
            assertTrue(Calls.rejected(bed.client(), "unmountSample", 1).contains("takes no arguments"));
            assertTrue(Calls.rejected(bed.client(), "unmountCold", true).contains("takes no arguments"));
            assertEquals("there is no sample 0000-missing", Calls.failed(bed.client(), "mountSample", "0000-missing"));
            assertEquals("", bed.pvs().string(CommPvNames.MOUNTED_PIN), "a failed mount changed nothing");
        }
    }

    @Test
    void failedRobotMountIsReportedAndMarkedOnMountedPin() {
        try (DaqTestBed bed = bed().start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            sim.sim().controls().failNextMount("gripper collision");
            String reason = Calls.failed(bed.client(), "mountSample", seeds.sample(0).uid());
            assertTrue(reason.contains("gripper collision"), reason);
            assertEquals(seeds.sample(0).uid() + ",fm", bed.pvs().string(CommPvNames.MOUNTED_PIN));
            assertFalse(seeds.conftrak().mountedSample().isMounted());
        }
    }

    @Test
    void setTransMovesTheAttenuatorWithinZeroToOne() {
        try (DaqTestBed bed = bed().start()) {
            assertEquals("transmission 0.25", Calls.done(bed.client(), "setTrans", 0.25).reason());
            assertEquals("argument 'transmission' 1.5 is outside 0 to 1", Calls.rejected(bed.client(), "setTrans", 1.5));
            assertTrue(Calls.rejected(bed.client(), "setTrans", "half").contains("must be a number"));
            assertTrue(Calls.rejected(bed.client(), "setTrans").startsWith("missing argument 'transmission'"));
        }
    }

    @Test
    void mvaDescriptorMovesOnlyConfiguredMotorsInsideLimitsForStaff() {
        try (DaqTestBed bed = bed().staff(DaqTestBed.ME).start()) {
            assertEquals("detectorDist at 450 mm", Calls.done(bed.client(), "mvaDescriptor", "detectorDist", 450).reason());
            assertEquals(450, sim.sim().controls().motorPosition(Descriptors.DETECTOR_DIST), 0.1);
            assertEquals("detectorDist target 5000 mm is outside its limits 100 to 1000 mm",
                    Calls.rejected(bed.client(), "mvaDescriptor", "detectorDist", 5000));
            assertTrue(Calls.rejected(bed.client(), "mvaDescriptor", "slit9", 1).startsWith("no motor 'slit9' in profile SIM"));
            assertTrue(Calls.rejected(bed.client(), "mvaDescriptor", "omega").startsWith("missing argument 'value'"));
        }
        try (DaqTestBed bed = bed().start()) {
            assertTrue(Calls.rejected(bed.client(), "mvaDescriptor", "detectorDist", 300).startsWith("staff only"));
        }
    }

    @Test
    void moveOmegaNeedsTheGovernorInSampleAlignment() {
        try (DaqTestBed bed = bed().start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            if (!"SE".equals(governorState(bed))) {
                Calls.done(bed.client(), "unmountSample"); // leaves the governor in SE
            }
            assertTrue(Calls.rejected(bed.client(), "move_omega", 10).contains("governor in SA; it is in SE"));
            Calls.done(bed.client(), "mountSample", seeds.sample(0).uid()); // governor SE -> SA
            double start = sim.sim().controls().motorPosition(Descriptors.OMEGA);
            Calls.done(bed.client(), "move_omega", 10);
            assertEquals(start + 10, sim.sim().controls().motorPosition(Descriptors.OMEGA), 0.05);
            bed.client().call(org.lsdcfx.daq.command.CommandChannel.SERIAL,
                    bed.client().request("move_omega", 45).withKwarg("relative", false), Calls.TIMEOUT);
            assertEquals(45, sim.sim().controls().motorPosition(Descriptors.OMEGA), 0.05);
            assertEquals("argument 'omega' 5000 deg is outside -3600 to 3600 deg", Calls.rejected(bed.client(), "move_omega", 5000));
            Calls.done(bed.client(), "unmountSample");
        }
    }

    @Test
    void setEnergyStaysInsideTheBeamlineRange() {
        try (DaqTestBed bed = bed().start()) {
            assertEquals("energy 12000 eV", Calls.done(bed.client(), "set_energy", 12000).reason().replaceAll("\\.\\d+", ""));
            assertEquals("Program Ready", bed.pvs().string(CommPvNames.PROGRAM_STATE));
            assertEquals("argument 'energy' 30000 eV is outside 5000 to 18000 eV", Calls.rejected(bed.client(), "set_energy", 30000));
        }
    }

    @Test
    void setBeamcenterWritesTheDetectorsBeamCentrePvs() {
        try (DaqTestBed bed = bed().staff(DaqTestBed.ME).start()) {
            assertEquals("beam centre 1500, 1600 px", Calls.done(bed.client(), "set_beamcenter", 1500, 1600).reason());
            PvReader detector = new PvReader(bed.pva(), "");
            Await.until(Duration.ofSeconds(2), () -> detector.number(sim.profile().pv("beamCenterX")) == 1500
                    && detector.number(sim.profile().pv("beamCenterY")) == 1600, "beam centre written to the detector");
            assertTrue(Calls.rejected(bed.client(), "set_beamcenter", -1, 5).contains("outside 0 to 3108 px"));
        }
        try (DaqTestBed bed = bed().start()) {
            assertTrue(Calls.rejected(bed.client(), "set_beamcenter", 1, 1).startsWith("staff only"));
        }
    }

    @Test
    void setBeamcenterIsRefusedOnAProfileWithoutBeamCentrePvs() {
        Map<String, String> pvs = new LinkedHashMap<>(sim.profile().pvs());
        pvs.remove("beamCenterX");
        pvs.remove("beamCenterY");
        BeamlineProfile p = sim.profile();
        BeamlineProfile without = new BeamlineProfile(p.name(), p.description(), p.commPrefix(), pvs, p.motors(),
                p.detector(), p.cameras(), p.energyRange(), p.governor(), p.dewar(), p.staffUsers(),
                p.detectorSafeDistanceMm(), p.extra());
        try (DaqTestBed bed = bed().profile(without).staff(DaqTestBed.ME).start()) {
            assertTrue(Calls.rejected(bed.client(), "set_beamcenter", 1500, 1600).contains("has no beamCenterX/beamCenterY"));
        }
    }

    private static String governorState(DaqTestBed bed) {
        return new org.lsdcfx.daq.test.PvReader(bed.pva(), "").string(sim.profile().governor().pvPrefix() + "Sts:State-I");
    }
}
