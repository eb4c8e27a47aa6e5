package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.GenderCategory;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

class ProcessGeneratorTest {

    @ParameterizedTest
    @EnumSource(
            value = ProcessSize.class,
            names = {"TINY", "SMALL", "MEDIUM"})
    void everyGeneratedProcessValidatesClean(ProcessSize size) {
        int seeds = switch (size) {
            case TINY -> 300;
            case SMALL -> 200;
            default -> 25;
        };
        Property.forAll(
                seeds,
                seed -> ProcessGenerator.process(seed, size),
                p -> assertThat(p.validate().problems())
                        .as("problems of %s", p.id())
                        .isEmpty());
    }

    @Test
    void largeProcessesValidateClean() {
        Property.forAll(
                3,
                seed -> ProcessGenerator.process(seed, ProcessSize.LARGE),
                p -> assertThat(p.validate().problems()).isEmpty());
    }

    @Test
    void hugeProcessHasTensOfThousandsOfParticipantsAndValidatesClean() {
        MspProcess p = ProcessGenerator.process(7, ProcessSize.HUGE);
        assertThat(p.participants().size()).isBetween(20_000, 50_000);
        assertThat(p.stakeholders().size()).isBetween(1_000, 3_000);
        assertThat(p.meetings().stream()
                        .flatMap(m -> m.attendance().stream())
                        .mapToInt(List::size)
                        .max()
                        .orElse(0))
                .isLessThanOrEqualTo(5_000);
        assertThat(p.validate().problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = ProcessSize.class,
            names = {"TINY", "SMALL", "MEDIUM"})
    void sizesStayWithinTheirDocumentedRanges(ProcessSize size) {
        Property.forAll(size == ProcessSize.MEDIUM ? 15 : 100, seed -> ProcessGenerator.process(seed, size), p -> {
            assertThat(p.stakeholders().size()).isBetween(size.minStakeholders(), size.maxStakeholders());
            assertThat(p.participants().size()).isBetween(size.minParticipants(), size.maxParticipants());
            assertThat(p.meetings().size()).isLessThanOrEqualTo(size.maxMeetings());
        });
    }

    @Test
    void tinyProcessesHaveOneToFiveParticipants() {
        assertThat(ProcessSize.TINY.minParticipants()).isEqualTo(1);
        assertThat(ProcessSize.TINY.maxParticipants()).isEqualTo(5);
        assertThat(ProcessSize.LARGE.minParticipants()).isEqualTo(1_000);
        assertThat(ProcessSize.LARGE.maxParticipants()).isEqualTo(2_000);
    }

    @Test
    void theSameSeedGivesAnEqualProcess() {
        Property.forAllSeeds(50, seed -> {
            MspProcess a = ProcessGenerator.process(seed, ProcessSize.SMALL);
            MspProcess b = ProcessGenerator.process(seed, ProcessSize.SMALL);
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a.toString()).isEqualTo(b.toString());
            // Iteration order too, so that exports of generated processes are reproducible.
            assertThat(a.stakeholders().get(0).sectors())
                    .containsExactlyElementsOf(b.stakeholders().get(0).sectors());
            assertThat(a.scope().sectors()).containsExactlyElementsOf(b.scope().sectors());
        });
    }

    @Test
    void differentSeedsGiveDifferentProcesses() {
        Set<MspProcess> distinct = LongStream.range(0, 40)
                .mapToObj(s -> ProcessGenerator.process(s, ProcessSize.TINY))
                .collect(Collectors.toSet());
        assertThat(distinct).hasSize(40);
    }

    @Test
    void aGeneratorYieldsAReproducibleSequenceStartingWithTheStaticProcess() {
        ProcessGenerator g = ProcessGenerator.seeded(99).size(ProcessSize.TINY);
        MspProcess first = g.next();
        MspProcess second = g.next();
        assertThat(first).isEqualTo(ProcessGenerator.process(99, ProcessSize.TINY));
        assertThat(second).isNotEqualTo(first);
        assertThat(ProcessGenerator.seeded(99).size(ProcessSize.TINY).stream()
                        .limit(2)
                        .toList())
                .containsExactly(first, second);
        assertThat(g.seed()).isEqualTo(99);
        assertThat(g.size()).isEqualTo(ProcessSize.TINY);
        assertThat(ProcessGenerator.seeded(1).size()).isEqualTo(ProcessSize.SMALL);
    }

    @Test
    void sizeReturnsAFreshCopyAndLeavesTheOriginalAlone() {
        ProcessGenerator small = ProcessGenerator.seeded(5);
        small.next();
        ProcessGenerator tiny = small.size(ProcessSize.TINY);
        assertThat(small.size()).isEqualTo(ProcessSize.SMALL);
        assertThat(tiny.next()).isEqualTo(ProcessGenerator.process(5, ProcessSize.TINY));
        assertThatThrownBy(() -> small.size(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("size");
        assertThatThrownBy(() -> ProcessGenerator.process(1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("size");
    }

    /** Across seeds, SMALL processes exercise every part of the model. */
    @Test
    void smallProcessesCoverTheWholeModel() {
        List<MspProcess> ps = LongStream.range(0, 60)
                .mapToObj(s -> ProcessGenerator.process(s, ProcessSize.SMALL))
                .toList();
        Set<StakeholderGroup> groups = new HashSet<>();
        Set<Level> levels = EnumSet.noneOf(Level.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<GenderCategory> genders = EnumSet.noneOf(GenderCategory.class);
        Set<DecisionMethod> methods = EnumSet.noneOf(DecisionMethod.class);
        Set<CommitmentStatus> statuses = EnumSet.noneOf(CommitmentStatus.class);
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        Set<LinkageKind> linkages = EnumSet.noneOf(LinkageKind.class);
        for (MspProcess p : ps) {
            p.stakeholders().forEach(s -> {
                groups.add(s.group());
                levels.addAll(s.levels());
            });
            p.participants().forEach(x -> {
                roles.add(x.role());
                x.gender().ifPresent(g -> genders.add(g.category()));
            });
            p.decisions().forEach(d -> methods.add(d.method()));
            p.commitments().forEach(c -> statuses.add(c.status()));
            p.documents().forEach(d -> kinds.add(d.kind()));
            linkages.add(p.linkage().kind());
        }
        assertThat(groups)
                .containsAll(StakeholderGroup.builtIn())
                .anyMatch(g -> g.category() == StakeholderGroup.Category.OTHER_STAKEHOLDER);
        assertThat(levels).containsExactlyInAnyOrder(Level.values());
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(genders).containsExactlyInAnyOrder(GenderCategory.values());
        assertThat(methods).containsExactlyInAnyOrder(DecisionMethod.values());
        assertThat(statuses).containsExactlyInAnyOrder(CommitmentStatus.values());
        assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.values());
        assertThat(linkages).containsExactlyInAnyOrder(LinkageKind.values());

        List<Stakeholder> stakeholders = all(ps, MspProcess::stakeholders);
        List<Participant> participants = all(ps, MspProcess::participants);
        List<Meeting> meetings = all(ps, MspProcess::meetings);
        List<Decision> decisions = all(ps, MspProcess::decisions);
        assertThat(ps)
                .anyMatch(p -> p.scope().sectors().stream().anyMatch(Sector::isSdg))
                .anyMatch(p -> p.scope().sectors().stream().anyMatch(s -> !s.isSdg()))
                .anyMatch(p -> !p.scope().countries().isEmpty())
                .anyMatch(p -> p.period().isEmpty())
                .anyMatch(p -> p.period().filter(x -> x.end().isEmpty()).isPresent())
                .anyMatch(p -> p.period().filter(x -> x.end().isPresent()).isPresent())
                .anyMatch(p -> !p.conveners().isEmpty())
                .anyMatch(p -> !p.contributions().isEmpty())
                .anyMatch(p -> !p.consultations().isEmpty())
                .anyMatch(p -> !p.links().isEmpty())
                .anyMatch(p -> p.funding().stream().anyMatch(f -> !f.disclosed()))
                .anyMatch(p -> p.funding().stream().anyMatch(f -> f.amount().compareTo(BigDecimal.ZERO) > 0));
        assertThat(stakeholders)
                .anyMatch(s -> s.constituencySize().isPresent())
                .anyMatch(Stakeholder::publicAuthority)
                .anyMatch(s -> !s.publicAuthority());
        assertThat(participants)
                .anyMatch(x -> x.gender().isEmpty())
                .anyMatch(x -> x.name().isPresent())
                .anyMatch(x -> x.period().isPresent());
        assertThat(meetings)
                .anyMatch(m -> m.attendance().isEmpty())
                .anyMatch(m -> m.attendance().isPresent())
                .anyMatch(m -> m.speakingTurns().isPresent())
                .anyMatch(m -> m.speakingTurns().isEmpty())
                .anyMatch(m -> m.noticeGiven().isPresent())
                .anyMatch(m -> m.agenda().stream().anyMatch(a -> a.proposedBy().isPresent()))
                .anyMatch(m -> m.agenda().stream().anyMatch(a -> a.proposedBy().isEmpty()));
        assertThat(decisions)
                .anyMatch(d -> d.tally().isPresent())
                .anyMatch(d -> d.tally().filter(t -> !t.chambers().isEmpty()).isPresent())
                .anyMatch(d -> d.objections().stream().anyMatch(Objection::sustained))
                .anyMatch(d -> d.objections().stream().anyMatch(o -> !o.sustained()))
                .anyMatch(Decision::isPublished)
                .anyMatch(d -> !d.isPublished())
                .anyMatch(d -> d.meeting().isPresent());
        assertThat(all(ps, MspProcess::commitments))
                .anyMatch(c -> c.measure().isPresent())
                .anyMatch(c -> c.due().isPresent())
                .anyMatch(c -> !c.evidence().isEmpty())
                .anyMatch(c -> !c.progressReports().isEmpty())
                .anyMatch(c -> c.decision().isPresent());
        assertThat(all(ps, MspProcess::documents))
                .anyMatch(d -> d.isPublished())
                .anyMatch(d -> !d.isPublished());
    }

    /** The edge shapes each turn up about once in ten processes. */
    @Test
    void edgeShapesTurnUp() {
        List<MspProcess> ps = LongStream.range(0, 100)
                .mapToObj(s -> ProcessGenerator.process(s, ProcessSize.SMALL))
                .toList();
        assertThat(ps)
                .anyMatch(p -> p.meetings().isEmpty())
                .anyMatch(p -> p.documents().isEmpty())
                .anyMatch(p -> p.stakeholders().stream()
                                .map(Stakeholder::group)
                                .distinct()
                                .count()
                        == 1)
                .anyMatch(p ->
                        p.meetings().stream().anyMatch(m -> m.attendance().equals(Optional.of(List.of()))));
        assertThat(ps).filteredOn(p -> p.meetings().isEmpty()).hasSizeBetween(2, 30);
    }

    private static <T> List<T> all(List<MspProcess> ps, java.util.function.Function<MspProcess, List<T>> f) {
        return ps.stream().flatMap(p -> f.apply(p).stream()).toList();
    }
}
