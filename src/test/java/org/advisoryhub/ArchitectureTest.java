package org.advisoryhub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

/**
 * The package map's rules (STYLE: packages by feature): features form no dependency cycle, a feature's
 * repositories are used by that feature alone (other features go through its service), and API records live in the
 * feature's {@code dto/} without entities.
 */
@AnalyzeClasses(packages = "org.advisoryhub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycle =
            slices().matching("org.advisoryhub.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature =
            classes().that().haveSimpleNameEndingWith("Repository").should(beUsedOnlyInsideTheirFeature());

    /** STYLE's one DTO convention: the records the API accepts and returns live in their feature's {@code dto/}. */
    @ArchTest
    static final ArchRule apiRecordsLiveInDto = classes()
            .that(areRecords())
            .and()
            .haveSimpleNameEndingWith("Request")
            .or(areRecords().and(JavaClass.Predicates.simpleNameEndingWith("Response")))
            .should()
            .resideInAPackage("org.advisoryhub.*.dto");

    /** API records never carry entities; the feature's mapper copies what the API shows. */
    @ArchTest
    static final ArchRule dtosHoldNoEntities = noClasses()
            .that()
            .resideInAPackage("org.advisoryhub.*.dto")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class);

    private static DescribedPredicate<JavaClass> areRecords() {
        return DescribedPredicate.describe("records", JavaClass::isRecord);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency d : repository.getDirectDependenciesToSelf()) {
                    JavaClass origin = d.getOriginClass();
                    if (!feature.equals(feature(origin))) {
                        events.add(SimpleConditionEvent.violated(
                                d,
                                origin.getName() + " (feature " + feature(origin) + ") uses "
                                        + repository.getSimpleName() + " of feature " + feature));
                    }
                }
            }
        };
    }

    /** The first package segment under org.advisoryhub: advisory, indicator, … */
    private static String feature(JavaClass c) {
        String rest = c.getPackageName().replaceFirst("^org\\.advisoryhub\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
