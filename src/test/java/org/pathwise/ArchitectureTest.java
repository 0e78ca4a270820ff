package org.pathwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of the house style: ui → cli/planner → graph/catalog → model, progress beside planner. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pathwise");
    }

    @Test
    void nothingOutsideUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.pathwise.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("launcher").definedBy("org.pathwise")
                .layer("ui").definedBy("org.pathwise.ui..")
                .layer("cli").definedBy("org.pathwise.cli..")
                .layer("planner").definedBy("org.pathwise.planner..")
                .layer("progress").definedBy("org.pathwise.progress..")
                .layer("catalog").definedBy("org.pathwise.catalog..")
                .layer("graph").definedBy("org.pathwise.graph..")
                .layer("model").definedBy("org.pathwise.model..")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("planner").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("progress").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("planner", "cli", "ui")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("catalog", "planner", "cli", "ui")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void theModelDependsOnTheJdkAlone() {
        noClasses().that().resideInAPackage("org.pathwise.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.pathwise.model..")
                .check(classes);
    }

    @Test
    void onlyTheCatalogReadsJson() {
        noClasses().that().resideOutsideOfPackages("org.pathwise.catalog..", "org.pathwise.cli..",
                        "org.pathwise.progress..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void theWindowNeverReachesIntoTheCommandLine() {
        noClasses().that().resideInAPackage("org.pathwise.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.pathwise.cli..")
                .check(classes);
    }

    @Test
    void thePlannerIsPureNoIoNoClockNoDatabase() {
        noClasses().that().resideInAPackage("org.pathwise.planner..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..",
                        "java.net..", "org.pathwise.progress..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .check(classes);
    }

    @Test
    void viewsNeverTouchTheStore() {
        noClasses().that().resideInAnyPackage("org.pathwise.ui.next..", "org.pathwise.ui.roadmap..",
                        "org.pathwise.ui.catalog..", "org.pathwise.ui.skills..", "org.pathwise.ui.projects..",
                        "org.pathwise.ui.career..", "org.pathwise.ui.settings..", "org.pathwise.ui.onboarding..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.pathwise.progress.ProgressStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.pathwise.progress.ProgressFile")
                .check(classes);
    }

    @Test
    void viewsOpenDialogsThroughTheDialogService() {
        noClasses().that().resideInAnyPackage("org.pathwise.ui.next..", "org.pathwise.ui.roadmap..",
                        "org.pathwise.ui.catalog..", "org.pathwise.ui.skills..", "org.pathwise.ui.projects..",
                        "org.pathwise.ui.career..", "org.pathwise.ui.settings..")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.ChoiceDialog")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
                .check(classes);
    }

    private static final String[] VIEW_PACKAGES = {"org.pathwise.ui.next..", "org.pathwise.ui.roadmap..",
        "org.pathwise.ui.catalog..", "org.pathwise.ui.skills..", "org.pathwise.ui.projects..",
        "org.pathwise.ui.career..", "org.pathwise.ui.settings..", "org.pathwise.ui.onboarding.."};

    @Test
    void viewsOnlyBindToTheirViewModel() {
        noClasses().that().resideInAnyPackage(VIEW_PACKAGES).and().haveSimpleNameNotEndingWith("ViewModel")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.pathwise.ui.common.AppState")
                .because("a view shows what its view model exposes and calls its intents; the model is tested alone")
                .check(classes);
    }

    @Test
    void viewModelsNeedNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "org.controlsfx..")
                .because("view models are tested with plain JUnit, without the toolkit")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.pathwise.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.pathwise.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
