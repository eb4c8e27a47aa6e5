package org.msptoolkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules 'Library code' and 'Nullness' of docs/architecture.md, on the main code of every library module. */
class LibraryCodeTest {

    private final Reactor reactor = Reactor.get();
    private final ArchitectureDoc doc = ArchitectureDoc.read(Reactor.DOC);

    @Test
    void libraryCodeNeverUsesHibernateValidator() {
        ArchitectureRules.noHibernateValidator(doc, reactor.moduleOf()).check(reactor.classes);
    }

    @Test
    void libraryCodeNeverUsesJavaUtilLogging() {
        ArchitectureRules.noJavaUtilLogging(doc, reactor.moduleOf()).check(reactor.classes);
    }

    @Test
    void libraryCodeNeverPrints() {
        ArchitectureRules.noStandardStreams(doc, reactor.moduleOf()).check(reactor.classes);
    }

    @Test
    void everyLibraryPackageIsNullMarked() {
        assertThat(ArchitectureRules.packagesNotNullMarked(doc, reactor.moduleOf(), reactor.classes))
                .as(
                        "packages without a package-info.java annotated @org.jspecify.annotations.NullMarked "
                                + "[rule 'Nullness' of %s], by module",
                        ArchitectureRules.DOC)
                .isEmpty();
    }
}
