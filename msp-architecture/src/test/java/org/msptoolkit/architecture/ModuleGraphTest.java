package org.msptoolkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/architecture.md's picture against the build: modules, arrows, module-info, and every class's dependencies. */
class ModuleGraphTest {

    private final Reactor reactor = Reactor.get();
    private final ArchitectureDoc doc = ArchitectureDoc.read(Reactor.DOC);

    @Test
    void theDiagramDrawsExactlyTheModulesWithMainCode() {
        assertThat(doc.nodes())
                .as(
                        "nodes of the mermaid diagram in %s vs. modules of the root pom with src/main/java",
                        ArchitectureRules.DOC)
                .containsExactlyInAnyOrderElementsOf(reactor.classesDirs.keySet());
    }

    @Test
    void everyModuleOfTheRootPomHasAParagraphAndNoOtherDoes() {
        assertThat(doc.headings())
                .as("'### `module`' headings in %s vs. <modules> of the root pom", ArchitectureRules.DOC)
                .containsExactlyInAnyOrderElementsOf(reactor.modules);
    }

    @Test
    void theArrowsAreExactlyThePomDependencies() {
        Map<String, Set<String>> drawn = new TreeMap<>();
        Map<String, Set<String>> inPoms = new TreeMap<>();
        for (String module : reactor.classesDirs.keySet()) {
            drawn.put(module, arrowsFrom(module));
            inPoms.put(module, reactor.mainDependencies(module));
        }
        assertThat(drawn)
                .as(
                        "solid arrows of %s vs. msp-toolkit dependencies (not test scope) in each module's pom",
                        ArchitectureRules.DOC)
                .isEqualTo(inPoms);
    }

    @Test
    void theArrowsAreExactlyTheModuleInfoRequires() {
        Map<String, Set<String>> drawn = new TreeMap<>();
        Map<String, Set<String>> required = new TreeMap<>();
        reactor.descriptors.forEach((module, descriptor) -> {
            drawn.put(module, arrowsFrom(module));
            required.put(
                    module,
                    descriptor.requires().stream()
                            .map(r -> reactor.moduleNamed(r.name()))
                            .flatMap(java.util.Optional::stream)
                            .collect(Collectors.toCollection(TreeSet::new)));
        });
        assertThat(drawn)
                .as("solid arrows of %s vs. msp-toolkit modules 'requires'd in each module-info", ArchitectureRules.DOC)
                .isEqualTo(required);
    }

    @Test
    void theEnginesAndTheFileFormatNeedOnlyCore() {
        for (String module : Set.of("msp-composite", "msp-learning", "msp-io")) {
            assertThat(doc.reachable(module))
                    .as("rule 'Engines on core only' of %s: modules reachable from %s", ArchitectureRules.DOC, module)
                    .containsExactly("msp-core");
        }
    }

    @Test
    void theDottedArrowsAreExactlyTheQualifiedExportsOfInternalPackages() {
        Set<ArchitectureDoc.Edge> exported =
                new TreeSet<>(java.util.Comparator.comparing(ArchitectureDoc.Edge::toString));
        reactor.descriptors.forEach((module, descriptor) -> {
            for (ModuleDescriptor.Exports e : descriptor.exports()) {
                if (e.isQualified() && ArchitectureRules.isInternal(e.source())) {
                    e.targets().stream()
                            .map(reactor::moduleNamed)
                            .flatMap(java.util.Optional::stream)
                            .forEach(friend -> exported.add(new ArchitectureDoc.Edge(friend, module)));
                }
            }
        });
        assertThat(doc.internalAccess())
                .as(
                        "dotted '-.->|internal|' arrows of %s vs. 'exports ...internal... to' msp-toolkit modules in "
                                + "module-info",
                        ArchitectureRules.DOC)
                .containsExactlyInAnyOrderElementsOf(exported);
    }

    @Test
    void everyClassUsesOnlyModulesAlongTheArrows() {
        ArchitectureRules.moduleGraph(doc, reactor.moduleOf()).check(reactor.classes);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirModule() {
        ArchitectureRules.internalPackages(doc, reactor.moduleOf()).check(reactor.classes);
    }

    @Test
    void everyListedInternalDeviationStillOccurs() {
        Set<ArchitectureDoc.Edge> occurring =
                new TreeSet<>(java.util.Comparator.comparing(ArchitectureDoc.Edge::toString));
        for (var c : reactor.classes) {
            String from = reactor.moduleOf().apply(c).orElse(null);
            if (from == null) {
                continue;
            }
            for (var d : c.getDirectDependenciesFromSelf()) {
                var target = d.getTargetClass().getBaseComponentType();
                reactor.moduleOf()
                        .apply(target)
                        .filter(to -> !to.equals(from) && ArchitectureRules.isInternal(target.getPackageName()))
                        .ifPresent(to -> occurring.add(new ArchitectureDoc.Edge(from, to)));
            }
        }
        assertThat(occurring)
                .as(
                        "'- Deviation (internal): ...' lines of %s that no longer occur: fixed, so remove them",
                        ArchitectureRules.DOC)
                .containsAll(doc.internalDeviations());
    }

    private Set<String> arrowsFrom(String module) {
        return doc.dependencies().stream()
                .filter(e -> e.from().equals(module))
                .map(ArchitectureDoc.Edge::to)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
