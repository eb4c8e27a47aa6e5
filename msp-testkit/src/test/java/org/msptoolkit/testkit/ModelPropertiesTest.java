package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.PersonalData;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.ValidationReport;

/**
 * Properties of msp-core's model and validation over generated processes. They live here, not in
 * msp-core, because msp-testkit depends on msp-core (a test dependency back would be a reactor cycle).
 */
class ModelPropertiesTest {

    @Test
    void everyEntityComesBackFromItsBuilder() {
        int[] seen = new int[9];
        Property.forAll(
                150,
                seed -> ProcessGenerator.process(seed, seed % 3 == 0 ? ProcessSize.TINY : ProcessSize.SMALL),
                p -> {
                    p.stakeholders()
                            .forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.participants()
                            .forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.meetings().forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.decisions().forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.commitments()
                            .forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.documents().forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.contributions()
                            .forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.funding().forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    p.consultations()
                            .forEach(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
                    assertThat(p.toBuilder().build()).isEqualTo(p);
                    List<List<?>> all = List.of(
                            p.stakeholders(),
                            p.participants(),
                            p.meetings(),
                            p.decisions(),
                            p.commitments(),
                            p.documents(),
                            p.contributions(),
                            p.funding(),
                            p.consultations());
                    for (int i = 0; i < all.size(); i++) {
                        seen[i] += all.get(i).size();
                    }
                });
        // the property is not vacuous: the generator made entities of every kind
        assertThat(seen).doesNotContain(0);
    }

    @Test
    void withoutPersonalDataEmptiesEveryPersonalDataComponentAndKeepsTheRest() {
        List<RecordComponent> personal = Arrays.stream(Participant.class.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(PersonalData.class))
                .toList();
        assertThat(personal).extracting(RecordComponent::getName).containsExactlyInAnyOrder("name", "gender");
        Property.forAll(
                100,
                seed -> ProcessGenerator.process(seed, seed % 3 == 0 ? ProcessSize.TINY : ProcessSize.SMALL),
                p -> {
                    MspProcess anonymous = p.withoutPersonalData();
                    for (Participant x : anonymous.participants()) {
                        for (RecordComponent c : personal) {
                            assertThat(read(c, x))
                                    .as("%s of %s", c.getName(), x.id())
                                    .isEqualTo(Optional.empty());
                        }
                    }
                    assertThat(anonymous.participants())
                            .extracting(
                                    Participant::id, Participant::stakeholder, Participant::role, Participant::period)
                            .containsExactlyElementsOf(p.participants().stream()
                                    .map(x -> org.assertj.core.groups.Tuple.tuple(
                                            x.id(), x.stakeholder(), x.role(), x.period()))
                                    .toList());
                    for (int i = 0; i < p.stakeholders().size(); i++) {
                        var before = p.stakeholders().get(i);
                        var after = anonymous.stakeholders().get(i);
                        if (before.kind() == org.msptoolkit.core.taxonomy.StakeholderKind.INDIVIDUAL) {
                            // An individual member is a natural person: the name goes, everything else stays.
                            assertThat(after.name()).isEqualTo("individual " + before.id());
                            assertThat(after.withPublicAuthority(before.publicAuthority())
                                            .id())
                                    .isEqualTo(before.id());
                            assertThat(after.group()).isEqualTo(before.group());
                        } else {
                            assertThat(after).isEqualTo(before);
                        }
                    }
                    assertThat(anonymous.toBuilder()
                                    .clearParticipants()
                                    .participants(p.participants())
                                    .clearStakeholders()
                                    .stakeholders(p.stakeholders())
                                    .build())
                            .isEqualTo(p);
                    assertThat(anonymous.withoutPersonalData()).isEqualTo(anonymous);
                    assertThat(anonymous.validate().isValid()).isTrue();
                });
    }

    @Test
    void everyPersonalDataComponentInTheModelIsOptional() {
        // withoutPersonalData can only remove what may be absent: each marked component must be Optional.
        Class<?>[] records = {
            Participant.class,
            org.msptoolkit.core.model.Stakeholder.class,
            org.msptoolkit.core.model.Meeting.class,
            org.msptoolkit.core.model.Commitment.class,
            org.msptoolkit.core.model.Document.class,
            org.msptoolkit.core.model.Contribution.class,
            org.msptoolkit.core.model.Decision.class,
            org.msptoolkit.core.model.Funding.class
        };
        for (Class<?> r : records) {
            for (RecordComponent c : r.getRecordComponents()) {
                if (c.isAnnotationPresent(PersonalData.class)) {
                    assertThat(c.getType())
                            .as("%s.%s", r.getSimpleName(), c.getName())
                            .isEqualTo(Optional.class);
                }
            }
        }
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Property.forAllSeeds(80, seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<Corruption> kinds = new ArrayList<>(List.of(Corruption.values()));
            java.util.Collections.shuffle(kinds, new java.util.Random(seed));
            List<Corruption> chosen = kinds.subList(0, 2 + rnd.nextInt(6));
            List<Corrupted> steps =
                    Corruptions.corruptAll(ProcessGenerator.process(seed, ProcessSize.SMALL), chosen, rnd);
            ValidationReport report = steps.get(steps.size() - 1).process().validate();
            for (Corrupted c : steps) {
                assertThat(c.isReportedIn(report)).as("%s in %s", c, report).isTrue();
            }
            assertThat(report.size()).isGreaterThanOrEqualTo(distinct(steps));
        });
    }

    @Test
    void validationIsRepeatableAndProblemsAreInPathOrder() {
        Property.forAllSeeds(40, seed -> {
            Corrupted c = Corruptions.invalidProcess(seed, ProcessSize.SMALL);
            List<Corrupted> more = Corruptions.corruptAll(
                    c.process(),
                    List.of(Corruption.SELF_LINK, Corruption.PARTICIPANT_UNKNOWN_STAKEHOLDER, Corruption.BLANK_GENDER),
                    new SplittableRandom(seed));
            MspProcess p = more.get(2).process();
            ValidationReport first = p.validate();
            assertThat(p.validate()).isEqualTo(first);
            List<String> locations =
                    first.problems().stream().map(Problem::location).toList();
            List<String> byList = new ArrayList<>(locations);
            byList.sort(java.util.Comparator.comparing(ModelPropertiesTest::topLevel));
            assertThat(locations).as("grouped by top-level list").isEqualTo(byList);
        });
    }

    @Test
    void copiesAreEqualAndRebuildingChangesNothing() {
        Property.forAll(100, seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            MspProcess copy = p.toBuilder().build();
            assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p).isNotSameAs(p);
            assertThat(copy.toString()).isEqualTo(p.toString()).startsWith("MspProcess " + p.id());
        });
    }

    @Test
    void invalidProcessesAreSeededAndReportedWhereExpected() {
        Property.forAllSeeds(100, seed -> {
            Corrupted c = Corruptions.invalidProcess(seed, ProcessSize.TINY);
            assertThat(Corruptions.invalidProcess(seed, ProcessSize.TINY)).isEqualTo(c);
            assertThat(c.process().validate().problems())
                    .singleElement()
                    .satisfies(pr -> assertThat(pr.location()).isEqualTo(c.expectedLocation()))
                    .satisfies(pr -> assertThat(pr.code()).isEqualTo(c.expectedCode()))
                    .satisfies(pr -> assertThat(pr.message()).isNotBlank());
        });
    }

    private static int distinct(List<Corrupted> steps) {
        return (int) steps.stream()
                .map(c -> c.expectedLocation() + " " + c.expectedCode())
                .distinct()
                .count();
    }

    private static String topLevel(String location) {
        int cut = location.length();
        for (char ch : new char[] {'[', '.'}) {
            int i = location.indexOf(ch);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return location.substring(0, cut);
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void lastActivityIsTheLatestOfEveryRecordedDate() {
        Property.forAll(
                300,
                seed -> seed % 3 == 0
                        ? Corruptions.invalidProcess(seed, ProcessSize.TINY).process()
                        : ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL),
                p -> {
                    // the definition, written the other way: every dated record in one stream, then the maximum
                    Optional<java.time.LocalDate> expected = java.util.stream.Stream.of(
                                    p.meetings().stream().map(org.msptoolkit.core.model.Meeting::date),
                                    p.decisions().stream().map(org.msptoolkit.core.model.Decision::date),
                                    p.decisions().stream().flatMap(d -> d.published().stream()),
                                    p.documents().stream().map(org.msptoolkit.core.model.Document::produced),
                                    p.documents().stream().flatMap(d -> d.published().stream()),
                                    p.consultations().stream().map(org.msptoolkit.core.model.Consultation::closes),
                                    p.commitments().stream().flatMap(c -> c.progressReports().stream()),
                                    p.commitments().stream().flatMap(c -> c.made().stream()),
                                    p.contributions().stream().map(org.msptoolkit.core.model.Contribution::date),
                                    p.funding().stream().flatMap(f -> f.date().stream()),
                                    p.participants().stream()
                                            .flatMap(x -> x.period().stream())
                                            .map(org.msptoolkit.core.model.Period::start),
                                    p.participants().stream()
                                            .flatMap(x -> x.period().stream())
                                            .flatMap(per -> per.end().stream()))
                            .flatMap(s -> s)
                            .max(java.time.LocalDate::compareTo);
                    assertThat(p.lastActivity()).isEqualTo(expected);
                    assertThat(p.referenceDay())
                            .isEqualTo(p.period()
                                    .flatMap(org.msptoolkit.core.model.Period::end)
                                    .or(() -> expected)
                                    .or(() -> p.period().map(org.msptoolkit.core.model.Period::start)));
                });
    }
}
