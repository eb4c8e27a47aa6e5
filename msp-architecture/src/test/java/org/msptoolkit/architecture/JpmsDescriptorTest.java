package org.msptoolkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rule 'requires transitive' of docs/architecture.md, on every module-info. */
class JpmsDescriptorTest {

    private final Reactor reactor = Reactor.get();

    @Test
    void requiresTransitiveOnlyForModulesWhoseTypesTheApiShows() {
        Map<String, Set<String>> external = externalModulePackages();
        List<ExportedSignatures.Unjustified> unjustified = new ArrayList<>();
        reactor.descriptors.forEach(
                (module, descriptor) -> unjustified.addAll(ExportedSignatures.unjustifiedTransitives(
                        module, descriptor, reactor.classes, reactor.moduleOf(), name -> packagesOf(name, external))));
        ArchitectureDoc doc = ArchitectureDoc.read(Reactor.DOC);

        assertThat(unjustified)
                .filteredOn(
                        u -> !doc.transitiveDeviations().contains(new ArchitectureDoc.Edge(u.module(), u.required())))
                .as("requires transitive without a type in an exported signature (and not a listed deviation)")
                .isEmpty();
        assertThat(unjustified.stream()
                        .map(u -> new ArchitectureDoc.Edge(u.module(), u.required()))
                        .toList())
                .as(
                        "'- Deviation (requires transitive): ...' lines of %s that no longer occur: fixed, so remove them",
                        ArchitectureRules.DOC)
                .containsAll(doc.transitiveDeviations());
    }

    @Test
    void everyModuleWhoseTypesTheApiShowsIsRequiredTransitive() {
        Map<String, String> moduleOfPackage = new HashMap<>();
        externalModulePackages().forEach((name, packages) -> packages.forEach(p -> moduleOfPackage.put(p, name)));
        Map<String, ModuleDescriptor> descriptors = new HashMap<>(externalDescriptors());
        reactor.descriptors.values().forEach(d -> descriptors.put(d.name(), d));
        for (JavaClass c : reactor.classes) {
            reactor.moduleOf()
                    .apply(c)
                    .map(reactor.descriptors::get)
                    .ifPresent(d -> moduleOfPackage.put(c.getPackageName(), d.name()));
        }
        List<ExportedSignatures.Unjustified> missing = new ArrayList<>();
        reactor.descriptors.forEach((module, descriptor) -> missing.addAll(ExportedSignatures.shownButNotTransitive(
                module,
                descriptor,
                reactor.classes,
                reactor.moduleOf(),
                p -> java.util.Optional.ofNullable(moduleOfPackage.get(p)),
                name -> java.util.Optional.ofNullable(descriptors.get(name)))));
        ArchitectureDoc doc = ArchitectureDoc.read(Reactor.DOC);

        assertThat(missing)
                .filteredOn(u ->
                        !doc.notTransitiveDeviations().contains(new ArchitectureDoc.Edge(u.module(), u.required())))
                .as("types of other modules in exported signatures without requires transitive "
                        + "(and not a listed deviation)")
                .isEmpty();
        assertThat(missing.stream()
                        .map(u -> new ArchitectureDoc.Edge(u.module(), u.required()))
                        .toList())
                .as(
                        "'- Deviation (not transitive): ...' lines of %s that no longer occur: fixed, so remove them",
                        ArchitectureRules.DOC)
                .containsAll(doc.notTransitiveDeviations());
    }

    private Set<String> packagesOf(String jpmsName, Map<String, Set<String>> external) {
        return reactor.moduleNamed(jpmsName)
                .map(module -> reactor.classes.stream()
                        .filter(c -> reactor.moduleOf()
                                .apply(c)
                                .filter(module::equals)
                                .isPresent())
                        .map(JavaClass::getPackageName)
                        .collect(Collectors.toSet()))
                .orElseGet(() -> {
                    assertThat(external)
                            .as("module %s on the test class path", jpmsName)
                            .containsKey(jpmsName);
                    return external.get(jpmsName);
                });
    }

    /** The packages of every module on the test class path (explicit or automatic) and of the JDK. */
    private static Map<String, Set<String>> externalModulePackages() {
        Map<String, Set<String>> packages = new HashMap<>();
        externalDescriptors().forEach((name, d) -> packages.put(name, d.packages()));
        return packages;
    }

    /** The descriptors of every module on the test class path (explicit or automatic) and of the JDK. */
    private static Map<String, ModuleDescriptor> externalDescriptors() {
        Map<String, ModuleDescriptor> packages = new HashMap<>();
        for (ModuleReference ref : ModuleFinder.ofSystem().findAll()) {
            packages.put(ref.descriptor().name(), ref.descriptor());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try {
                for (ModuleReference ref : ModuleFinder.of(Path.of(entry)).findAll()) {
                    packages.putIfAbsent(ref.descriptor().name(), ref.descriptor());
                }
            } catch (RuntimeException notAModule) {
                // a jar the module system cannot name is no module anyone requires
            }
        }
        return packages;
    }
}
