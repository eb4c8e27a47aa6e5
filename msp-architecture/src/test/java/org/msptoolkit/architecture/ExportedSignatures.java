package org.msptoolkit.architecture;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.lang.annotation.Documented;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The types a module's API shows: every type named in a public or protected signature of a public class of an
 * unqualifiedly exported package (supertypes, type-parameter bounds, field types, parameter, return and thrown
 * types, with their type arguments), and the {@code @Documented} annotations on those classes, members and
 * parameters: javac's {@code -Xlint:exports} counts them, since they are part of the documented API (a record
 * component's {@code @NotBlank} lands on its public accessor and constructor parameter). Other annotations, and
 * type-use annotations such as JSpecify's {@code @Nullable}, are not counted.
 */
final class ExportedSignatures {

    private ExportedSignatures() {}

    /**
     * The types shown by the module's API, each with one place that shows it.
     *
     * @param module the module's artifact id
     */
    static Map<String, String> shownTypes(
            String module,
            ModuleDescriptor descriptor,
            JavaClasses classes,
            Function<JavaClass, Optional<String>> moduleOf) {
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        Map<String, String> shown = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!moduleOf.apply(c).filter(module::equals).isPresent()
                    || !exported.contains(c.getPackageName())
                    || !isVisible(c)) {
                continue;
            }
            addDocumented(shown, c.getAnnotations(), c.getName());
            c.getRawSuperclass().ifPresent(s -> add(shown, c.getSuperclass().orElseThrow(), c.getName() + " extends"));
            c.getInterfaces().forEach(t -> add(shown, t, c.getName() + " implements"));
            c.getTypeParameters().forEach(t -> add(shown, t, c.getName() + " type parameter"));
            for (JavaField f : c.getFields()) {
                if (isVisible(f)) {
                    add(shown, f.getType(), f.getFullName());
                    addDocumented(shown, f.getAnnotations(), f.getFullName());
                }
            }
            for (JavaCodeUnit u : c.getCodeUnits()) {
                if (!isVisible(u)) {
                    continue;
                }
                add(shown, u.getReturnType(), u.getFullName());
                addDocumented(shown, u.getAnnotations(), u.getFullName());
                u.getParameters().forEach(p -> addDocumented(shown, p.getAnnotations(), u.getFullName()));
                u.getParameterTypes().forEach(t -> add(shown, t, u.getFullName()));
                u.getThrowsClause().getTypes().forEach(t -> add(shown, t, u.getFullName() + " throws"));
                u.getTypeParameters().forEach(t -> add(shown, t, u.getFullName()));
            }
        }
        return shown;
    }

    /**
     * Every {@code requires transitive} of the descriptor that no shown type justifies, as a failure message.
     *
     * @param packagesOf the packages of a module, by its JPMS name
     */
    static List<Unjustified> unjustifiedTransitives(
            String module,
            ModuleDescriptor descriptor,
            JavaClasses classes,
            Function<JavaClass, Optional<String>> moduleOf,
            Function<String, Set<String>> packagesOf) {
        Map<String, String> shown = shownTypes(module, descriptor, classes, moduleOf);
        List<Unjustified> failures = new ArrayList<>();
        for (Requires r : descriptor.requires()) {
            if (!r.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                continue;
            }
            Set<String> packages = packagesOf.apply(r.name());
            boolean justified = shown.keySet().stream().anyMatch(t -> packages.contains(packageOf(t)));
            if (!justified) {
                failures.add(new Unjustified(
                        module,
                        r.name(),
                        String.format(
                                "%s: module-info of %s says 'requires transitive %s', but no public "
                                        + "signature in its exported packages %s shows a type of %s "
                                        + "[rule 'requires transitive' of %s]; make it a plain 'requires'",
                                module,
                                descriptor.name(),
                                r.name(),
                                new TreeSet<>(exportedPackages(descriptor)),
                                r.name(),
                                ArchitectureRules.DOC)));
            }
        }
        return failures;
    }

    /**
     * Every module other than the module itself and java.base whose types the API shows but that the descriptor
     * does not {@code requires transitive}, as a failure message: a user of the API could not read that type.
     *
     * @param moduleOfPackage the JPMS name of the module that holds a package, if known
     * @param descriptorOf the descriptor of a module by its JPMS name, if known, for implied readability
     */
    static List<Unjustified> shownButNotTransitive(
            String module,
            ModuleDescriptor descriptor,
            JavaClasses classes,
            Function<JavaClass, Optional<String>> moduleOf,
            Function<String, Optional<String>> moduleOfPackage,
            Function<String, Optional<ModuleDescriptor>> descriptorOf) {
        // What a module reading this one reads too: requires transitive, and theirs, and so on.
        Set<String> transitive = new TreeSet<>();
        java.util.Deque<ModuleDescriptor> todo = new java.util.ArrayDeque<>(List.of(descriptor));
        while (!todo.isEmpty()) {
            for (Requires r : todo.pop().requires()) {
                if (r.modifiers().contains(Requires.Modifier.TRANSITIVE) && transitive.add(r.name())) {
                    descriptorOf.apply(r.name()).ifPresent(todo::push);
                }
            }
        }
        Map<String, String> firstShown = new TreeMap<>();
        shownTypes(module, descriptor, classes, moduleOf)
                .forEach((type, where) -> moduleOfPackage
                        .apply(packageOf(type))
                        .filter(m -> !m.equals(descriptor.name()) && !m.equals("java.base") && !transitive.contains(m))
                        .ifPresent(m -> firstShown.putIfAbsent(m, type + " in " + where)));
        List<Unjustified> failures = new ArrayList<>();
        firstShown.forEach((required, example) -> failures.add(new Unjustified(
                module,
                required,
                String.format(
                        "%s: its exported API shows %s, a type of %s, but module-info of %s does not say "
                                + "'requires transitive %s' (nor does a module it requires transitive) [rule 'requires transitive' of %s]",
                        module, example, required, descriptor.name(), required, ArchitectureRules.DOC))));
        return failures;
    }

    /**
     * A {@code requires transitive} that no exported signature justifies, or one that is missing.
     *
     * @param module the artifact id of the module whose descriptor says it
     * @param required the JPMS name of the required module
     * @param message the failure message
     */
    record Unjustified(String module, String required, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    private static Collection<String> exportedPackages(ModuleDescriptor descriptor) {
        return descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .toList();
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static void add(Map<String, String> shown, JavaType type, String where) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            JavaClass base = raw.getBaseComponentType();
            if (!base.isPrimitive()) {
                shown.putIfAbsent(base.getName(), where);
            }
        }
    }

    private static void addDocumented(
            Map<String, String> shown, Collection<? extends JavaAnnotation<?>> annotations, String where) {
        for (JavaAnnotation<?> a : annotations) {
            JavaClass type = a.getRawType();
            if (isDocumented(type)) {
                shown.putIfAbsent(type.getName(), where + " annotation");
            }
        }
    }

    private static boolean isDocumented(JavaClass annotationType) {
        if (annotationType.isAnnotatedWith(Documented.class)) {
            return true;
        }
        try { // an annotation type ArchUnit did not import with its own annotations: ask the class itself
            return Class.forName(annotationType.getName(), false, ExportedSignatures.class.getClassLoader())
                    .isAnnotationPresent(Documented.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isVisible(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC)
                && !(c.isNestedClass() && c.getModifiers().contains(JavaModifier.PROTECTED))) {
            return false;
        }
        return c.getEnclosingClass().map(ExportedSignatures::isVisible).orElse(true);
    }

    private static boolean isVisible(JavaMember m) {
        Set<JavaModifier> mods = m.getModifiers();
        if (mods.contains(JavaModifier.SYNTHETIC) || mods.contains(JavaModifier.BRIDGE)) {
            return false;
        }
        return mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED);
    }
}
