package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;

/** One broken file per kind of error, each with the documented problem codes and locations. */
class BrokenFilesTest {
    static final String DIR = "src/test/resources/broken/";

    static Result<MspDocument> read(String name) {
        Result<MspDocument> r = MspFiles.read(Path.of(DIR + name));
        assertThat(r.isValid()).as(name + " must not be read as valid").isFalse();
        assertThat(r.value()).isEmpty();
        return r;
    }

    static List<String> locations(Result<?> r) {
        return r.problems().stream().map(Problem::location).toList();
    }

    @Test
    void truncatedJsonSaysItEndsTooEarlyAtTheLastLine() {
        Result<MspDocument> r = read("truncated.json");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.SYNTAX);
            assertThat(p.location()).startsWith(DIR + "truncated.json:8:");
            assertThat(p.message()).startsWith("the document ends too early");
        });
    }

    @Test
    void yamlSyntaxErrorsGiveFileLineAndColumn() {
        Result<MspDocument> r = read("syntax-error.yaml");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.SYNTAX);
            assertThat(p.location()).isEqualTo(DIR + "syntax-error.yaml:8:4");
            assertThat(p.message()).contains("block");
        });
    }

    @Test
    void wrongTypesAreAllReportedAtTheirPointers() {
        Result<MspDocument> r = read("wrong-types.json");
        String f = DIR + "wrong-types.json#";
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo(IoProblems.WRONG_TYPE));
        assertThat(locations(r))
                .containsExactly(
                        f + "/title",
                        f + "/stakeholders/0/constituencySize",
                        f + "/stakeholders/0/publicAuthority",
                        f + "/participants",
                        f + "/meetings/0/date",
                        f + "/meetings/0/attendance");
        assertThat(r.problems().get(0).message()).isEqualTo("line 5, column 12: expected a string, got the number 42");
    }

    @Test
    void unknownFieldsAreReportedWithAHintWhileExtensionsPass() {
        Result<MspDocument> r = read("unknown-fields.yaml");
        String f = DIR + "unknown-fields.yaml#";
        assertThat(locations(r))
                .containsExactly(f + "/colour", f + "/stakeholders/0/goup", f + "/participants/0/email");
        assertThat(r.problems().get(1).message()).contains("did you mean 'group'?");
        MspDocument lenient = MspFormat.yaml()
                .lenient()
                .read(Path.of(DIR + "unknown-fields.yaml"))
                .orElseThrow();
        assertThat(lenient.extensions().at("").keySet()).containsExactly("colour", "x-portal");
        assertThat(lenient.extensions().at("/stakeholders/0").keySet()).containsExactly("goup");
        assertThat(lenient.extensions()
                        .get("/participants/0", "email")
                        .orElseThrow()
                        .stringValue())
                .isEqualTo("someone@example.org");
    }

    @Test
    void danglingReferencesComeFromDomainValidationAsPointers() {
        Result<MspDocument> r = read("dangling-reference.yaml");
        String f = DIR + "dangling-reference.yaml#";
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo(Problem.UNRESOLVED_REFERENCE));
        assertThat(locations(r))
                .containsExactlyInAnyOrder(
                        f + "/conveners/0",
                        f + "/participants/1/stakeholder",
                        f + "/meetings/0/attendance/1",
                        f + "/commitments/0/owner");
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        String f = DIR + "missing-fields.json#";
        assertThat(read("missing-fields.json").problems())
                .extracting(Problem::location, Problem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(f + "/title", IoProblems.MISSING_FIELD),
                        org.assertj.core.groups.Tuple.tuple(f + "/stakeholders/0/name", IoProblems.MISSING_FIELD),
                        org.assertj.core.groups.Tuple.tuple(f + "/participants/0/role", IoProblems.MISSING_FIELD));
    }

    @Test
    void badCodesNameTheAllowedValues() {
        Result<MspDocument> r = read("bad-codes.yaml");
        String f = DIR + "bad-codes.yaml#";
        assertThat(locations(r))
                .containsExactlyInAnyOrder(
                        f + "/phase",
                        f + "/scope/levels/1",
                        f + "/scope/levels/2",
                        f + "/scope/countries/1",
                        f + "/stakeholders/0/group",
                        f + "/meetings/0/date",
                        f + "/funding/0/currency");
        assertThat(r.problems())
                .filteredOn(p -> p.location().endsWith("/scope/levels/1"))
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("local, subnational, national")
                        .contains("planetary"));
        assertThat(r.problems())
                .filteredOn(p -> p.location().endsWith("/scope/levels/2"))
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(IoProblems.DUPLICATE_ENTRY));
    }

    @Test
    void aDuplicateFieldIsAnErrorNotASilentOverwrite() {
        assertThat(read("duplicate-field.json").problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.DUPLICATE_FIELD);
            assertThat(p.location()).isEqualTo(DIR + "duplicate-field.json:6:10");
        });
    }

    @Test
    void aFutureFormatVersionIsRefusedClearly() {
        assertThat(read("unsupported-version.json").problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.UNSUPPORTED_VERSION);
            assertThat(p.message())
                    .isEqualTo(
                            "line 2, column 20: format version 2 is not supported; this library reads format version 1");
        });
    }

    @Test
    void datesOutOfOrderAreDomainProblems() {
        String f = DIR + "date-order.yaml#";
        assertThat(read("date-order.yaml").problems())
                .extracting(Problem::location)
                .containsExactlyInAnyOrder(f + "/period/end", f + "/consultations/0/closes");
    }

    @Test
    void yamlAliasesAreRefusedRatherThanReadAsTheirAnchorName() {
        assertThat(read("yaml-alias.yaml").problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(IoProblems.LIMIT_EXCEEDED);
            assertThat(p.location()).isEqualTo(DIR + "yaml-alias.yaml:5:10");
            assertThat(p.message()).contains("maxYamlAliases");
        });
    }

    @Test
    void emptyAndNonObjectDocumentsAreRefused() {
        assertThat(read("empty.json").problems()).extracting(Problem::code).containsExactly(IoProblems.SYNTAX);
        assertThat(read("not-an-object.json").problems())
                .extracting(Problem::code)
                .containsExactly(IoProblems.WRONG_TYPE);
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        assertThat(MspFiles.read(Path.of(DIR + "no-such-file.json")).problems())
                .extracting(Problem::code)
                .containsExactly(IoProblems.IO);
    }
}
