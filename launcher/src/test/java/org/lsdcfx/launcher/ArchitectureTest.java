package org.lsdcfx.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module dependency rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lsdcfx");
    }

    @Test
    void javafxOnlyInTheGui() {
        noClasses().that().resideOutsideOfPackages("org.lsdcfx.gui..", "org.lsdcfx.launcher..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void storesDependOnNothingAboveThem() {
        noClasses().that().resideInAnyPackage("org.lsdcfx.store..", "org.lsdcfx.amostra..", "org.lsdcfx.conftrak..",
                        "org.lsdcfx.analysisstore..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.daq..", "org.lsdcfx.gui..",
                        "org.lsdcfx.device..", "org.lsdcfx.sim..", "org.lsdcfx.mxtools..", "org.lsdcfx.launcher..")
                .check(classes);
    }

    @Test
    void storeClientsDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.lsdcfx.amostra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.conftrak..", "org.lsdcfx.analysisstore..")
                .check(classes);
        noClasses().that().resideInAPackage("org.lsdcfx.conftrak..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.amostra..", "org.lsdcfx.analysisstore..")
                .check(classes);
        noClasses().that().resideInAPackage("org.lsdcfx.analysisstore..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.amostra..", "org.lsdcfx.conftrak..")
                .check(classes);
    }

    @Test
    void beamlineSideKnowsNothingOfTheServerOrStores() {
        noClasses().that().resideInAnyPackage("org.lsdcfx.mxtools..", "org.lsdcfx.sim..", "org.lsdcfx.device..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.daq..", "org.lsdcfx.gui..",
                        "org.lsdcfx.store..", "org.lsdcfx.amostra..", "org.lsdcfx.conftrak..", "org.lsdcfx.analysisstore..",
                        "org.lsdcfx.launcher..")
                .check(classes);
        noClasses().that().resideInAPackage("org.lsdcfx.sim..")
                .should().dependOnClassesThat().resideInAPackage("org.lsdcfx.device..")
                .check(classes);
        noClasses().that().resideInAPackage("org.lsdcfx.mxtools..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.sim..", "org.lsdcfx.device..")
                .check(classes);
    }

    @Test
    void computationAndFileModulesAreLeaves() {
        // analysis, datafiles and processing are used by the server and the simulator, and use neither.
        noClasses().that().resideInAnyPackage("org.lsdcfx.analysis..", "org.lsdcfx.datafiles..", "org.lsdcfx.processing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.daq..", "org.lsdcfx.gui..",
                        "org.lsdcfx.device..", "org.lsdcfx.sim..", "org.lsdcfx.mxtools..", "org.lsdcfx.launcher..",
                        "org.lsdcfx.store..", "org.lsdcfx.amostra..", "org.lsdcfx.conftrak..", "org.lsdcfx.analysisstore..")
                .check(classes);
    }

    @Test
    void nothingButTheLauncherDependsOnTheGui() {
        noClasses().that().resideOutsideOfPackages("org.lsdcfx.gui..", "org.lsdcfx.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.lsdcfx.gui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.lsdcfx.launcher..")
                .should().dependOnClassesThat().resideInAPackage("org.lsdcfx.launcher..")
                .check(classes);
    }
}
