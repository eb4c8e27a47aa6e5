package org.msptoolkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each rule against hand-made classes of pretend modules (package {@code fixture}): the rules fail, and say who
 * broke which rule, when the code breaks the picture; they pass for code that keeps to it.
 */
class ArchitectureRulesFailTest {

    private static final String FIXTURE = "org.msptoolkit.architecture.fixture";

    private static final ArchitectureDoc PICTURE = ArchitectureDoc.parse("""
            # Fixture architecture

            ```mermaid
            flowchart LR
              msp-learning --> msp-core
              msp-indicators --> msp-core
              msp-cli --> msp-learning
              class msp-cli app
            ```

            ### `msp-core`
            """);

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    /** {@code fixture.core.internal.Hidden} is in msp-core, {@code fixture.learning.BadLearner} in msp-learning. */
    private static final Function<JavaClass, Optional<String>> MODULE_OF = c -> {
        if (!c.getPackageName().startsWith(FIXTURE + ".")) {
            return Optional.empty();
        }
        return Optional.of(
                "msp-" + c.getPackageName().substring(FIXTURE.length() + 1).split("\\.")[0]);
    };

    @Test
    void theFixtureDocIsParsed() {
        assertThat(PICTURE.nodes()).containsExactlyInAnyOrder("msp-learning", "msp-core", "msp-indicators", "msp-cli");
        assertThat(PICTURE.applications()).containsExactly("msp-cli");
        assertThat(PICTURE.headings()).containsExactly("msp-core");
        assertThat(PICTURE.allows("msp-cli", "msp-core"))
                .as("transitively along two arrows")
                .isTrue();
        assertThat(PICTURE.allows("msp-core", "msp-learning"))
                .as("against the arrow")
                .isFalse();
        assertThat(PICTURE.allows("msp-learning", "msp-indicators"))
                .as("sideways")
                .isFalse();
    }

    @Test
    void aLineTheParserDoesNotKnowIsAnError() {
        assertThatThrownBy(() -> ArchitectureDoc.parse("```mermaid\nflowchart LR\n  a & b --> c\n```\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("a & b --> c");
    }

    @Test
    void moduleGraphFailsForAnEngineUsingIndicators() {
        assertThatThrownBy(
                        () -> ArchitectureRules.moduleGraph(PICTURE, MODULE_OF).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURE + ".learning.BadLearner (module msp-learning) uses " + FIXTURE
                        + ".indicators.FixtureIndicator (module msp-indicators)")
                .hasMessageContaining("no path msp-learning --> msp-indicators")
                .hasMessageContaining("rule 'Module graph'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("GoodLearner"));
    }

    @Test
    void moduleGraphPassesForCodeThatKeepsToThePicture() {
        JavaClasses good = CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                "not BadLearner", c -> !c.getSimpleName().equals("BadLearner")));
        ArchitectureRules.moduleGraph(PICTURE, MODULE_OF).check(good);
        ArchitectureRules.internalPackages(PICTURE, MODULE_OF).check(good);
    }

    @Test
    void internalPackagesFailForAnotherModuleUsingCoreInternals() {
        assertThatThrownBy(() ->
                        ArchitectureRules.internalPackages(PICTURE, MODULE_OF).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURE + ".learning.BadLearner (module msp-learning) uses "
                        + FIXTURE + ".core.internal.Hidden from internal package " + FIXTURE
                        + ".core.internal of module msp-core")
                .hasMessageContaining("rule 'Internal packages'");
    }

    @Test
    void internalPackagesPassAlongADottedArrow() {
        ArchitectureDoc friends = ArchitectureDoc.parse("""
                ```mermaid
                flowchart LR
                  msp-learning --> msp-core
                  msp-learning -.->|internal| msp-core
                ```
                """);
        ArchitectureRules.internalPackages(friends, MODULE_OF).check(CLASSES);
    }

    @Test
    void aListedDeviationToleratesThatInternalUse() {
        ArchitectureDoc tolerant = ArchitectureDoc.parse("""
                ```mermaid
                flowchart LR
                  msp-learning --> msp-core
                ```

                - Deviation (internal): `msp-learning` -> `msp-core` (to be fixed)
                """);
        assertThat(tolerant.internalDeviations()).containsExactly(new ArchitectureDoc.Edge("msp-learning", "msp-core"));
        ArchitectureRules.internalPackages(tolerant, MODULE_OF).check(CLASSES);
    }

    @Test
    void libraryCodeRulesFailForPrintingLoggingAndHibernateValidator() {
        assertThatThrownBy(() ->
                        ArchitectureRules.noStandardStreams(PICTURE, MODULE_OF).check(CLASSES))
                .hasMessageContaining("BadLearner")
                .hasMessageContaining("System.out")
                .hasMessageContaining("rule 'Library code'");
        assertThatThrownBy(() ->
                        ArchitectureRules.noJavaUtilLogging(PICTURE, MODULE_OF).check(CLASSES))
                .hasMessageContaining("BadLearner")
                .hasMessageContaining("should use java.util.logging");
        assertThatThrownBy(() -> ArchitectureRules.noHibernateValidator(PICTURE, MODULE_OF)
                        .check(CLASSES))
                .hasMessageContaining("BadLearner")
                .hasMessageContaining("org.hibernate.validator.HibernateValidator");
    }

    @Test
    void libraryCodeRulesDoNotApplyToApplications() {
        Function<JavaClass, Optional<String>> learningIsTheCli =
                c -> MODULE_OF.apply(c).map(m -> m.equals("msp-learning") ? "msp-cli" : m);
        ArchitectureRules.noStandardStreams(PICTURE, learningIsTheCli).check(CLASSES);
    }

    @Test
    void nullnessNamesEveryPackageWithoutNullMarkedAndOnlyThose() {
        // fixture.core has a @NullMarked package-info; the other fixture packages have none.
        assertThat(ArchitectureRules.packagesNotNullMarked(PICTURE, MODULE_OF, CLASSES))
                .containsOnlyKeys("msp-core", "msp-indicators", "msp-learning")
                .containsEntry("msp-core", Set.of(FIXTURE + ".core.internal"))
                .containsEntry("msp-learning", Set.of(FIXTURE + ".learning"));
    }

    @Test
    void requiresTransitiveFailsWhenNoExportedSignatureShowsTheModule() {
        ModuleDescriptor learning = ModuleDescriptor.newModule("fixture.learning")
                .requires(Set.of(Requires.Modifier.TRANSITIVE), "fixture.core")
                .requires(Set.of(Requires.Modifier.TRANSITIVE), "fixture.indicators")
                .exports(FIXTURE + ".learning")
                .build();
        Function<String, Set<String>> packagesOf = name -> Set.of(FIXTURE + "." + name.substring("fixture.".length()));

        List<ExportedSignatures.Unjustified> failures =
                ExportedSignatures.unjustifiedTransitives("msp-learning", learning, CLASSES, MODULE_OF, packagesOf);

        // BadLearner.learn returns CoreValue (shown); FixtureIndicator is only a private field (not shown).
        assertThat(failures)
                .singleElement()
                .asString()
                .contains("msp-learning: module-info of fixture.learning says 'requires transitive "
                        + "fixture.indicators'")
                .contains("rule 'requires transitive'");
    }

    @Test
    void aShownTypeOfAModuleRequiredPlainlyFails() {
        ModuleDescriptor learning = ModuleDescriptor.newModule("fixture.learning")
                .requires("fixture.core")
                .exports(FIXTURE + ".learning")
                .build();
        Function<String, Optional<String>> moduleOfPackage = p -> p.startsWith(FIXTURE + ".")
                ? Optional.of("fixture." + p.substring(FIXTURE.length() + 1).split("\\.")[0])
                : Optional.of("java.base");

        assertThat(ExportedSignatures.shownButNotTransitive(
                        "msp-learning", learning, CLASSES, MODULE_OF, moduleOfPackage, name -> Optional.empty()))
                .singleElement()
                .asString()
                .contains("msp-learning: its exported API shows " + FIXTURE + ".core.CoreValue")
                .contains("does not say 'requires transitive fixture.core'");
    }

    @Test
    void aShownTypeReadableThroughImpliedReadabilityPasses() {
        ModuleDescriptor learning = ModuleDescriptor.newModule("fixture.learning")
                .requires(Set.of(Requires.Modifier.TRANSITIVE), "fixture.indicators")
                .exports(FIXTURE + ".learning")
                .build();
        ModuleDescriptor indicators = ModuleDescriptor.newModule("fixture.indicators")
                .requires(Set.of(Requires.Modifier.TRANSITIVE), "fixture.core")
                .build();
        Function<String, Optional<String>> moduleOfPackage = p -> p.startsWith(FIXTURE + ".")
                ? Optional.of("fixture." + p.substring(FIXTURE.length() + 1).split("\\.")[0])
                : Optional.of("java.base");

        assertThat(ExportedSignatures.shownButNotTransitive(
                        "msp-learning",
                        learning,
                        CLASSES,
                        MODULE_OF,
                        moduleOfPackage,
                        name -> name.equals("fixture.indicators") ? Optional.of(indicators) : Optional.empty()))
                .isEmpty();
    }

    @Test
    void shownTypesAreThoseOfPublicSignaturesOnly() {
        ModuleDescriptor learning = ModuleDescriptor.newModule("fixture.learning")
                .exports(FIXTURE + ".learning")
                .build();
        assertThat(ExportedSignatures.shownTypes("msp-learning", learning, CLASSES, MODULE_OF)
                        .keySet())
                .contains(FIXTURE + ".core.CoreValue", "java.lang.String")
                .doesNotContain(
                        FIXTURE + ".indicators.FixtureIndicator",
                        "java.util.logging.Logger",
                        FIXTURE + ".core.internal.Hidden");
    }

    @Test
    void documentedAnnotationsOnTheApiAreShownAndOthersNot() {
        String root = "org.msptoolkit.architecture.annotated";
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        ModuleDescriptor api = ModuleDescriptor.newModule("annotated.api")
                .exports(root + ".api")
                .build();
        Function<JavaClass, Optional<String>> moduleOf =
                c -> Optional.of(c.getPackageName().equals(root + ".api") ? "msp-api" : "msp-marks");

        assertThat(ExportedSignatures.shownTypes("msp-api", api, classes, moduleOf))
                .as("javac's -Xlint:exports counts @Documented annotations on exported declarations")
                .containsKey(root + ".marks.Rule")
                .doesNotContainKey(root + ".marks.Note");
    }
}
