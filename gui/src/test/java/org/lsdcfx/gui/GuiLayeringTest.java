package org.lsdcfx.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's GUI rules, checked on the compiled classes: the panels (views and controllers) reach the protocols
 * only through the model layer, and the model layer knows nothing of the panels or of JavaFX nodes.
 */
class GuiLayeringTest {
    private static final JavaClasses GUI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lsdcfx.gui");
    private static final String[] PANELS = {"org.lsdcfx.gui.dewar..", "org.lsdcfx.gui.request..",
            "org.lsdcfx.gui.status..", "org.lsdcfx.gui.messages..", "org.lsdcfx.gui.control.."};

    @Test
    void panelsMakeNoPvOrStoreCalls() {
        noClasses().that().resideInAnyPackage(PANELS)
                .should().dependOnClassesThat().resideInAnyPackage("org.epics.pva..", "com.mongodb..", "org.bson..",
                        "org.lsdcfx.store..", "org.lsdcfx.daq.client..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lsdcfx.amostra.Amostra")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lsdcfx.amostra.QueueService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lsdcfx.amostra.DewarTree")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.lsdcfx.conftrak.Conftrak")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .because("controllers go through the model layer; no PV or store call in a controller (STYLE.md)")
                .check(GUI);
    }

    @Test
    void theModelLayerKnowsNoPanelsAndNoNodes() {
        noClasses().that().resideInAPackage("org.lsdcfx.gui.model..")
                .should().dependOnClassesThat().resideInAnyPackage(PANELS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.lsdcfx.gui.app..", "javafx.scene..")
                .check(GUI);
    }

    @Test
    void panelsDoNotUseEachOther() {
        for (String panel : PANELS) {
            String[] others = java.util.Arrays.stream(PANELS).filter(p -> !p.equals(panel)).toArray(String[]::new);
            noClasses().that().resideInAPackage(panel).should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("panels share only the model (one view + controller per panel)").check(GUI);
        }
    }
}
