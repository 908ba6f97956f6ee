package org.projectnexus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of DESIGN.md: each floor uses only the floors below it. */
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
}
