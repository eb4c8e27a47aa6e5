package org.msptoolkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The build as it is: the root pom's modules, each module's pom dependencies, its compiled main classes
 * ({@code <module>/target/classes}) and its module descriptor. Read once per test run.
 */
final class Reactor {

    static final String GROUP = "org.msptoolkit";

    /** The repository root: the parent of this module's base directory. */
    static final Path ROOT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath()
            .normalize()
            .getParent();

    static final Path DOC = ROOT.resolve("docs/architecture.md");

    private static Reactor instance;

    /** Every module of the root pom, in its order. */
    final List<String> modules;
    /** The modules with main code, each with its classes directory. */
    final Map<String, Path> classesDirs = new LinkedHashMap<>();
    /** Descriptors of the modules that have a module-info. */
    final Map<String, ModuleDescriptor> descriptors = new LinkedHashMap<>();
    /** Every main class of every module, imported together so dependencies between modules resolve. */
    final JavaClasses classes;

    private Reactor() {
        modules = childTexts(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module");
        for (String module : modules) {
            if (!Files.isDirectory(ROOT.resolve(module).resolve("src/main/java"))) {
                continue;
            }
            Path classes = ROOT.resolve(module).resolve("target/classes");
            if (!Files.isDirectory(classes)) {
                throw new IllegalStateException(module + " has main code but no " + ROOT.relativize(classes)
                        + ": build it first (./mvnw ... -pl msp-architecture -am)");
            }
            classesDirs.put(module, classes);
            Path info = classes.resolve("module-info.class");
            if (Files.exists(info)) {
                try (InputStream in = Files.newInputStream(info)) {
                    descriptors.put(module, ModuleDescriptor.read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        classes = new ClassFileImporter().importPaths(new ArrayList<>(classesDirs.values()));
    }

    static synchronized Reactor get() {
        if (instance == null) {
            instance = new Reactor();
        }
        return instance;
    }

    /** The module a class was compiled in; empty for classes from outside msp-toolkit. */
    Function<JavaClass, Optional<String>> moduleOf() {
        return c -> c.getSource().flatMap(source -> {
            Path file = path(source.getUri());
            return classesDirs.entrySet().stream()
                    .filter(e -> file != null && file.startsWith(e.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst();
        });
    }

    private static Path path(URI uri) {
        return "file".equals(uri.getScheme()) ? Path.of(uri).normalize() : null;
    }

    /** The msp-toolkit modules a module's pom depends on for its main code (compile, provided or runtime scope). */
    Set<String> mainDependencies(String module) {
        Set<String> deps = new TreeSet<>();
        Element project = pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
        for (Element dependency : children(child(project, "dependencies"), "dependency")) {
            String scope = text(dependency, "scope");
            if (GROUP.equals(text(dependency, "groupId")) && !"test".equals(scope) && !"import".equals(scope)) {
                deps.add(text(dependency, "artifactId"));
            }
        }
        return deps;
    }

    /** The module whose descriptor has this name, if it is one of msp-toolkit's. */
    Optional<String> moduleNamed(String jpmsName) {
        return descriptors.entrySet().stream()
                .filter(e -> e.getValue().name().equals(jpmsName))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Document pom(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> childTexts(Element parent, String container, String name) {
        return children(child(parent, container), name).stream()
                .map(e -> e.getTextContent().strip())
                .toList();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
