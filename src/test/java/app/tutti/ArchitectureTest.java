package app.tutti;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tutti");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("app.tutti.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("app.tutti.base..")
                .should().dependOnClassesThat().resideInAnyPackage("app.tutti.account..", "app.tutti.sharing..",
                        "app.tutti.composition..", "app.tutti.collab..", "app.tutti.ai..", "app.tutti.history..",
                        "app.tutti.midi..", "app.tutti.classroom..")
                .check(CLASSES);
    }

    @Test
    void domain_does_not_depend_on_services_or_views() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void earlier_features_do_not_depend_on_later_ones() {
        noClasses().that().resideInAnyPackage("app.tutti.account..")
                .should().dependOnClassesThat().resideInAnyPackage("app.tutti.sharing..", "app.tutti.composition..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("app.tutti.sharing..")
                .should().dependOnClassesThat().resideInAnyPackage("app.tutti.composition..")
                .check(CLASSES);
    }
}
