package org.lsdcfx.gui.raster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The raster panel keeps the GUI's layering (as {@code GuiLayeringTest} for the other panels): its view and
 * controller ({@code org.lsdcfx.gui.raster}) reach the stores and PVs only through its model (RasterFeed and the
 * heat-map records in {@code org.lsdcfx.gui.model}, which {@code GuiLayeringTest} keeps free of nodes and panels).
 */
class RasterLayeringTest {
    private static final JavaClasses GUI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lsdcfx.gui");

    @Test
    void thePanelMakesNoPvOrStoreCalls() {
        noClasses().that().resideInAPackage("org.lsdcfx.gui.raster")
                .should().dependOnClassesThat().resideInAnyPackage("org.epics.pva..", "com.mongodb..", "org.bson..",
                        "org.lsdcfx.store..", "org.lsdcfx.daq.client..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lsdcfx.amostra.Amostra")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lsdcfx.conftrak.Conftrak")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().haveSimpleName("HeatMapReader")
                .check(GUI);
    }

    @Test
    void otherPanelsDoNotUseTheRasterPanel() {
        noClasses().that().resideInAnyPackage("org.lsdcfx.gui.dewar..", "org.lsdcfx.gui.request..",
                        "org.lsdcfx.gui.status..", "org.lsdcfx.gui.messages..", "org.lsdcfx.gui.control..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.gui.raster..")
                .check(GUI);
    }
}
