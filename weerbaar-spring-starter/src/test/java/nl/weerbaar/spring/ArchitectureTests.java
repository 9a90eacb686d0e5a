package nl.weerbaar.spring;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The starter's package structure: no cycles between packages (a package and its own {@code internal} count as
 * one), {@code internal} used only from its own package and the auto-configuration, and the auto-configuration in
 * the root package depended on by nothing below it.
 */
class ArchitectureTests {

    private static final String ROOT = "nl.weerbaar.spring";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theAutoConfigurationIsALeafNothingBelowDependsOn() {
        noClasses().that().resideOutsideOfPackages(ROOT, ROOT + ".internal")
                .should().dependOnClassesThat().resideInAPackage(ROOT).check(CLASSES);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnPackageAndTheAutoConfiguration() {
        classes().that().resideInAPackage("..internal..").should(beUsedOnlyFromTheirOwnPackage()).check(CLASSES);
    }

    /**
     * A class in {@code a.b.internal} may be used from {@code a.b} and below, and by the auto-configuration in the
     * root package, whose job is to wire implementations; nowhere else.
     */
    static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                String owner = internal.getPackageName().substring(0, internal.getPackageName().indexOf(".internal"));
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    String from = dependency.getOriginClass().getPackageName();
                    if (!from.equals(ROOT) && !from.equals(owner) && !from.startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
