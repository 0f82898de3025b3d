package org.lsdcfx.mxtools.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lookup order (plugin providers, classpath order), site and environment overrides, refusal of bad profiles. */
class ProfileLoadingTest {
    @TempDir
    Path tmp;

    private static ProfileLoader loader(Map<String, String> env, Map<String, String> props) {
        return new ProfileLoader(ProfileLoadingTest.class.getClassLoader(), env, props);
    }

    @Test
    void pluginProviderOverridesTheShippedProfileAndAddsNewOnes() {
        assertEquals("NYX from a beamline plugin jar", Profiles.load("NYX").description());
        assertTrue(Profiles.names().containsAll(List.of("AMX", "FMX", "NYX", "SIM", "XYZ")));
        BeamlineProfile xyz = Profiles.load("xyz");
        assertEquals("XYZ{Comm}", xyz.commPrefix());
        // Not overridden: the shipped AMX.
        assertTrue(Profiles.load("AMX").description().startsWith("AMX 17-ID-1"));
    }

    @Test
    void aProfileResourceEarlierOnTheClassPathWins() throws IOException {
        Path site = tmp.resolve("site-jar");
        Path dir = Files.createDirectories(site.resolve(ProfileLoader.RESOURCE_DIR));
        URL mxtools = ProfileLoader.class.getProtectionDomain().getCodeSource().getLocation();
        String shipped;
        try (var in = new URL(mxtools, ProfileLoader.RESOURCE_DIR + "AMX.json").openStream()) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("AMX.json"), shipped.replace("AMX 17-ID-1", "AMX as this site runs it"));
        Files.writeString(dir.resolve("index"), "AMX\nSITE\n");

        ProfileLoader siteFirst = new ProfileLoader(new URLClassLoader(new URL[] {site.toUri().toURL(), mxtools},
                null), Map.of(), Map.of());
        assertTrue(siteFirst.load("AMX").description().startsWith("AMX as this site runs it"));
        ProfileLoader shippedFirst = new ProfileLoader(new URLClassLoader(new URL[] {mxtools, site.toUri().toURL()},
                null), Map.of(), Map.of());
        assertTrue(shippedFirst.load("AMX").description().startsWith("AMX 17-ID-1"));
        assertTrue(siteFirst.names().contains("SITE"));
    }

    @Test
    void siteFileThenEnvironmentOverride() throws IOException {
        Path file = tmp.resolve("overrides.properties");
        Files.writeString(file, """
                *.detectorSafeDistanceMm=250
                AMX.detectorSafeDistanceMm=190
                AMX.pvs.beamAvailable=XF:17IDB-ES:AMX{Beam}Site-Sts
                AMX.extra.ispyb=off
                """);
        Map<String, String> props = Map.of(ProfileOverrides.SITE_FILE_PROPERTY, file.toString());
        Map<String, String> env = Map.of("LSDC_AMX__detectorSafeDistanceMm", "195",
                "LSDC_AMX__staffUsers", "[\"alice\", \"bob\"]", "LSDC_AMX__motors__omega__speed", "180");

        BeamlineProfile amx = loader(env, props).load("AMX");
        assertEquals(195.0, amx.detectorSafeDistanceMm()); // environment beats the site file
        assertEquals("XF:17IDB-ES:AMX{Beam}Site-Sts", amx.pv(Descriptors.BEAM_AVAILABLE));
        assertEquals(List.of("alice", "bob"), amx.staffUsers());
        assertEquals(180.0, amx.motor(Descriptors.OMEGA).speed());
        assertEquals("off", amx.extra("ispyb").orElseThrow());
        assertEquals(250.0, loader(env, props).load("FMX").detectorSafeDistanceMm()); // "*" applies to all

        // The environment variable also names the site file.
        BeamlineProfile viaEnv = loader(Map.of(ProfileOverrides.SITE_FILE_ENV, file.toString()), Map.of())
                .load("AMX");
        assertEquals(190.0, viaEnv.detectorSafeDistanceMm());
    }

    @Test
    void inconsistentLimitsAreRefusedNamingTheKey() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader(
                Map.of("LSDC_SIM__motors__omega__low", "5000"), Map.of()).load("SIM"));
        assertTrue(e.getMessage().contains("motors.omega.low (5000.0) is above motors.omega.high"), e.getMessage());
    }

    @Test
    void missingPvIsRefusedNamingTheKey() {
        ProfileException e = assertThrows(ProfileException.class, () -> Profiles.load("BROKEN"));
        assertTrue(e.getMessage().contains("pvs.flux: missing"), e.getMessage());
        ProfileException blank = assertThrows(ProfileException.class, () -> loader(
                Map.of("LSDC_SIM__pvs__beamAvailable", ""), Map.of()).load("SIM"));
        assertTrue(blank.getMessage().contains("pvs.beamAvailable: missing"), blank.getMessage());
        ProfileException spaced = assertThrows(ProfileException.class, () -> loader(
                Map.of("LSDC_SIM__pvs__flux", "SIM{Beam} Flux"), Map.of()).load("SIM"));
        assertTrue(spaced.getMessage().contains("pvs.flux: PV name 'SIM{Beam} Flux' contains white space"),
                spaced.getMessage());
    }

    @Test
    void misspelledKeyIsRefusedNamingIt() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader(
                Map.of("LSDC_SIM__motors__omega__speeed", "3"), Map.of()).load("SIM"));
        assertTrue(e.getMessage().contains("speeed"), e.getMessage());
    }

    @Test
    void governorStateTyposAreRefused() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader(
                Map.of("LSDC_SIM__governor__transitions__SA", "[\"SE\", \"DX\"]"), Map.of()).load("SIM"));
        assertTrue(e.getMessage().contains("governor.transitions.SA: unknown target state DX"), e.getMessage());
    }

    @Test
    void unknownProfileListsTheKnownOnes() {
        ProfileException e = assertThrows(ProfileException.class, () -> Profiles.load("QQQ"));
        assertTrue(e.getMessage().contains("unknown profile QQQ") && e.getMessage().contains("AMX"),
                e.getMessage());
    }

    @Test
    void missingSiteFileIsAnErrorNotSilence() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader(Map.of(),
                Map.of(ProfileOverrides.SITE_FILE_PROPERTY, tmp.resolve("nope.properties").toString())).load("SIM"));
        assertTrue(e.getMessage().contains("nope.properties"), e.getMessage());
    }
}
