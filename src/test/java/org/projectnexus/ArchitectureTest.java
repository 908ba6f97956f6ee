package org.projectnexus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of DESIGN.md: each floor uses only the floors below it, and no two packages need each other. */
@AnalyzeClasses(packages = "org.projectnexus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..logic..", "..gui..", "..cli..");

    @ArchTest
    static final ArchRule logicNeverUsesGuiOrCli = noClasses().that().resideInAPackage("..logic..")
            .should().dependOnClassesThat().resideInAnyPackage("..gui..", "..cli..");

    @ArchTest
    static final ArchRule guiAndCliDoNotKnowEachOther = noClasses().that().resideInAPackage("..gui..")
            .should().dependOnClassesThat().resideInAPackage("..cli..");

    @ArchTest
    static final ArchRule cliDoesNotKnowTheGui = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAPackage("..gui..");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses()
            .that().resideOutsideOfPackages("..logic.store..", "..logic.search..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule javaFxOnlyInTheGui = noClasses()
            .that().resideOutsideOfPackage("..gui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyTheCliPrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackage("..cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.projectnexus.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule guiAndCliGoThroughTheDoor = noClasses().that().resideInAnyPackage("..gui..", "..cli..")
            .should().dependOnClassesThat().resideInAPackage("..logic.store..");

    /** The window and the command line import and export through {@code Exchange}, never a reader or writer by name. */
    @ArchTest
    static final ArchRule guiAndCliNameNoExchangeReader = noClasses().that().resideInAnyPackage("..gui..", "..cli..")
            .should().dependOnClassesThat(resideInAPackage("..logic.exchange..").and(not(nameMatching(
                    ".*\\.(ConflictPolicy|ExportFormat|ImportReport|LinkStyle)(\\$.*)?"))));

    /** Only the concurrency room and the views (views, windows, dialogs, popups, notices) hop onto the FX thread. */
    @ArchTest
    static final ArchRule runLaterOnlyInConcurrencyAndViews = noClasses()
            .that().resideOutsideOfPackage("..gui.concurrency..")
            .and().haveNameNotMatching(".*(View|Window|Dialog|Popup|Notice)(\\$.*)?")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class);
}
