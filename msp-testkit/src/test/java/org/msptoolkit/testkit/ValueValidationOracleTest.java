package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.internal.validation.HibernateValidatorOracle;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.validation.ModelValidator;
import org.msptoolkit.core.validation.Problem;

/**
 * {@link ModelValidator#validateValue(Object)} checks single model values with msp-core's hand-written walk, not
 * Hibernate Validator; over every value of many generated valid and corrupted processes, and over edge-case
 * variants of them, its problems must be exactly Hibernate Validator's (location, code, message and order).
 */
class ValueValidationOracleTest {
    private static final List<String> TEXTS = List.of("", " ", "\t", "\u2003", "\u00a0", "x", " x ", "\u200b");
    private static final List<String> AMOUNTS = List.of("0", "-0.00", "1", "-1", "-0.01", "1E+3", "-1E+3");
    private static final List<Long> SIZES = List.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE);

    @Test
    void everyValueOfGeneratedProcessesGetsHibernateValidatorsProblems() {
        int values = 0;
        int invalid = 0;
        for (long seed = 0; seed < 150; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            MspProcess valid = ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL);
            MspProcess corrupted = Corruptions.corruptAll(valid, List.of(Corruption.values()), rnd)
                    .get(Corruption.values().length - 1)
                    .process();
            for (MspProcess p : List.of(valid, corrupted)) {
                for (Object v : valuesOf(p, rnd)) {
                    List<Problem> expected = HibernateValidatorOracle.check(v);
                    assertThat(ModelValidator.standard().validateValue(v).problems())
                            .as("seed %d: %s", seed, v)
                            .isEqualTo(expected);
                    values++;
                    invalid += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(values).as("values compared").isGreaterThan(10_000);
        assertThat(invalid).as("invalid values compared").isGreaterThan(2_000);
    }

    @Test
    void valuesWithoutConstraintsHaveNoProblems() {
        MspProcess p = ProcessGenerator.process(7, ProcessSize.SMALL);
        for (Object v : List.of("text", p.id(), p.scope(), p.linkage(), List.of(), 42)) {
            assertThat(ModelValidator.standard().validateValue(v).problems())
                    .as("%s", v)
                    .isEqualTo(HibernateValidatorOracle.check(v))
                    .isEmpty();
        }
    }

    /** Every constrained value of {@code p}, each also in an edge-case variant drawn from {@code rnd}. */
    private static List<Object> valuesOf(MspProcess p, SplittableRandom rnd) {
        List<Object> values = new ArrayList<>();
        for (Stakeholder s : p.stakeholders()) {
            values.add(s);
            Stakeholder named = s.toBuilder().name(pick(rnd, TEXTS)).build();
            values.add(rnd.nextBoolean() ? named : named.withConstituencySize(pick(rnd, SIZES)));
        }
        for (Participant x : p.participants()) {
            values.add(x);
            values.add(x.withGender(pick(rnd, TEXTS)));
            x.gender().ifPresent(values::add);
            values.add(Gender.of(pick(rnd, TEXTS)));
        }
        for (Meeting m : p.meetings()) {
            values.add(m);
            List<AgendaItem> agenda = new ArrayList<>(m.agenda());
            agenda.add(rnd.nextInt(agenda.size() + 1), AgendaItem.of(pick(rnd, TEXTS)));
            values.add(m.withAgenda(agenda.toArray(AgendaItem[]::new)));
            values.addAll(m.agenda());
        }
        for (Contribution c : p.contributions()) {
            values.add(c);
            values.add(c.toBuilder().title(pick(rnd, TEXTS)).build());
        }
        for (Consultation c : p.consultations()) {
            values.add(c);
            values.add(c.toBuilder().topic(pick(rnd, TEXTS)).build());
        }
        for (Decision d : p.decisions()) {
            values.add(d);
            values.add(d.toBuilder().subject(pick(rnd, TEXTS)).build());
        }
        for (Commitment c : p.commitments()) {
            values.add(c);
            values.add(c.toBuilder().description(pick(rnd, TEXTS)).build());
        }
        for (Document d : p.documents()) {
            values.add(d);
            values.add(d.toBuilder().title(pick(rnd, TEXTS)).build());
        }
        for (Funding f : p.funding()) {
            values.add(f);
            values.add(f.toBuilder().amount(pick(rnd, AMOUNTS)).build());
        }
        values.add(Optional.of(p.title())); // not a model value: no constraints
        return values;
    }

    private static <T> T pick(SplittableRandom rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
