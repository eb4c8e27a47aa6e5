package org.msptoolkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The rules of docs/architecture.md as ArchUnit rules, for any set of classes and any way of telling which module
 * a class belongs to: the real modules in the tests, hand-made fixtures in {@link ArchitectureRulesFailTest}.
 */
final class ArchitectureRules {

    static final String DOC = "docs/architecture.md";

    private ArchitectureRules() {}

    /** Rule 1, module graph: a class of A uses a class of B only if B is reachable from A along solid edges. */
    static ArchRule moduleGraph(ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf) {
        return classes()
                .should(
                        new ArchCondition<JavaClass>(
                                "depend only on classes of modules reachable along the arrows of " + DOC) {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                Optional<String> from = moduleOf.apply(origin);
                                if (from.isEmpty()) {
                                    return;
                                }
                                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                    Optional<String> to =
                                            moduleOf.apply(d.getTargetClass().getBaseComponentType());
                                    if (to.isPresent() && !doc.allows(from.get(), to.get())) {
                                        events.add(SimpleConditionEvent.violated(
                                                d,
                                                String.format(
                                                        "%s (module %s) uses %s (module %s), but %s has no path %s --> %s "
                                                                + "[rule 'Module graph']: %s",
                                                        origin.getName(),
                                                        from.get(),
                                                        d.getTargetClass().getName(),
                                                        to.get(),
                                                        DOC,
                                                        from.get(),
                                                        to.get(),
                                                        d.getDescription())));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    /**
     * Rule 2, internal packages: a class outside module M uses M's {@code internal} packages only if the diagram
     * draws a dotted {@code -.->|internal|} edge to M (backed by a qualified export in M's module-info).
     */
    static ArchRule internalPackages(ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf) {
        return classes()
                .should(
                        new ArchCondition<JavaClass>(
                                "use another module's internal packages only along a dotted internal arrow of " + DOC) {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                Optional<String> from = moduleOf.apply(origin);
                                if (from.isEmpty()) {
                                    return;
                                }
                                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target = d.getTargetClass().getBaseComponentType();
                                    Optional<String> to = moduleOf.apply(target);
                                    if (to.isPresent()
                                            && !to.get().equals(from.get())
                                            && isInternal(target.getPackageName())
                                            && !doc.mayUseInternals(from.get(), to.get())) {
                                        events.add(SimpleConditionEvent.violated(
                                                d,
                                                String.format(
                                                        "%s (module %s) uses %s from internal package %s of module %s "
                                                                + "[rule 'Internal packages' of %s]: %s",
                                                        origin.getName(),
                                                        from.get(),
                                                        target.getName(),
                                                        target.getPackageName(),
                                                        to.get(),
                                                        DOC,
                                                        d.getDescription())));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }

    /** Rule 5: library code never uses Hibernate Validator (a test oracle only). */
    static ArchRule noHibernateValidator(ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf) {
        return noClasses()
                .that(inLibraryModule(doc, moduleOf))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hibernate.validator..")
                .because(DOC + " rule 'Library code': Hibernate Validator is a test-scope oracle only")
                .allowEmptyShould(true);
    }

    /** Rule 5: library code logs through SLF4J only, never java.util.logging. */
    static ArchRule noJavaUtilLogging(ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf) {
        return noClasses()
                .that(inLibraryModule(doc, moduleOf))
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because(DOC + " rule 'Library code': SLF4J only in library code")
                .allowEmptyShould(true);
    }

    /** Rule 5: library code never prints (System.out, System.err, printStackTrace); only applications do. */
    static ArchRule noStandardStreams(ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf) {
        return noClasses()
                .that(inLibraryModule(doc, moduleOf))
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because(DOC + " rule 'Library code': no printing outside the applications "
                        + String.join(", ", doc.applications()))
                .allowEmptyShould(true);
    }

    /** Rule 'Nullness': the packages of library modules whose package-info is missing or not @NullMarked. */
    static Map<String, Set<String>> packagesNotNullMarked(
            ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf, JavaClasses classes) {
        Map<String, Boolean> marked = new TreeMap<>();
        for (JavaClass c : classes) {
            Optional<String> module = moduleOf.apply(c).filter(doc::isLibrary);
            if (module.isPresent()) {
                marked.merge(
                        module.get() + " " + c.getPackageName(),
                        c.getSimpleName().equals("package-info")
                                && c.isAnnotatedWith("org.jspecify.annotations.NullMarked"),
                        Boolean::logicalOr);
            }
        }
        Map<String, Set<String>> unmarked = new TreeMap<>();
        marked.forEach((key, isMarked) -> {
            if (!isMarked) {
                String[] parts = key.split(" ");
                unmarked.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
            }
        });
        return unmarked;
    }

    private static DescribedPredicate<JavaClass> inLibraryModule(
            ArchitectureDoc doc, Function<JavaClass, Optional<String>> moduleOf) {
        return DescribedPredicate.describe(
                "are in a library module of " + DOC,
                c -> moduleOf.apply(c).filter(doc::isLibrary).isPresent());
    }
}
