package org.msptoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msptoolkit.core.internal.validation.HibernateValidatorOracle;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.Problem;

/**
 * {@code MspProcess.validate()} was made fast for issue #8 (a hand-written constraint walk instead of
 * Hibernate Validator, reference checks without boxing or lambdas); its reports must stay exactly what
 * they were: same problems, same messages, same order. The reference is the validation before #8:
 * Hibernate Validator (msp-core's test oracle {@link HibernateValidatorOracle}, a test dependency only) plus
 * {@link ReferenceChecksBeforeIssue8}, sorted by path. {@link ValueValidationOracleTest} does the same for
 * single model values.
 */
class ValidationEquivalenceTest {

    @Test
    void validProcessesOfEverySizeAreValidAsBefore() {
        for (ProcessSize size : List.of(ProcessSize.TINY, ProcessSize.SMALL, ProcessSize.MEDIUM)) {
            Property.forAllSeeds(40, seed -> {
                MspProcess p = ProcessGenerator.process(seed, size);
                assertThat(p.validate().problems())
                        .as("seed %d, %s", seed, size)
                        .isEqualTo(before(p))
                        .isEmpty();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Corruption.class)
    void eachCorruptionIsReportedAsBefore(Corruption kind) {
        Property.forAllSeeds(50, seed -> {
            ProcessSize size = seed % 3 == 0 ? ProcessSize.TINY : ProcessSize.SMALL;
            Corrupted c = Corruptions.corrupt(ProcessGenerator.process(seed, size), kind, new SplittableRandom(seed));
            List<Problem> expected = before(c.process());
            assertThat(c.process().validate().problems())
                    .as("seed %d: %s", seed, c)
                    .isEqualTo(expected);
            assertThat(expected).as("seed %d: %s", seed, c).isNotEmpty();
        });
    }

    @Test
    void manyCorruptionsAtOnceAreReportedAsBeforeInTheSameOrder() {
        Corruption[] kinds = Corruption.values();
        java.util.concurrent.atomic.AtomicInteger hints = new java.util.concurrent.atomic.AtomicInteger();
        Property.forAllSeeds(300, seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<Corruption> chosen = new ArrayList<>();
            for (int i = 0, n = 2 + rnd.nextInt(12); i < n; i++) {
                chosen.add(kinds[rnd.nextInt(kinds.length)]);
            }
            MspProcess valid = ProcessGenerator.process(seed, seed % 2 == 0 ? ProcessSize.TINY : ProcessSize.SMALL);
            List<Corrupted> steps = Corruptions.corruptAll(valid, chosen, rnd);
            MspProcess p = caseVariants(steps.get(steps.size() - 1).process(), rnd);
            List<Problem> expected = before(p);
            assertThat(p.validate().problems()).as("seed %d: %s", seed, chosen).isEqualTo(expected);
            assertThat(expected.size()).as("seed %d: %s", seed, chosen).isGreaterThanOrEqualTo(2);
            hints.addAndGet((int) expected.stream()
                    .filter(x -> x.message().contains("did you mean"))
                    .count());
        });
        assertThat(hints.get())
                .as("problems with a 'did you mean' hint among several candidates")
                .isGreaterThan(300);
    }

    /**
     * Adds stakeholders whose ids differ from existing ones only by case, and participants referring to
     * yet other spellings, so that "did you mean" hints with several candidates are compared too.
     */
    private static MspProcess caseVariants(MspProcess p, SplittableRandom rnd) {
        MspProcess.Builder b = p.toBuilder();
        for (int i = 0; i < 2 && !p.stakeholders().isEmpty(); i++) {
            Stakeholder s = p.stakeholders().get(rnd.nextInt(p.stakeholders().size()));
            String id = s.id().value() + "-case" + i;
            b.stakeholder(Stakeholder.of(id, "Lower " + i, StakeholderGroup.NGOS));
            b.stakeholder(Stakeholder.of(id.toUpperCase(Locale.ROOT), "Upper " + i, StakeholderGroup.NGOS));
            b.stakeholder(Stakeholder.of(capitalised(id), "Capital " + i, StakeholderGroup.NGOS));
            b.participant(Participant.of("case-" + i + "-" + seedTag(rnd), mixed(id, rnd), Role.OBSERVER));
        }
        return b.build();
    }

    private static String capitalised(String id) {
        return id.isEmpty() ? id : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    private static String mixed(String id, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        for (char ch : id.toCharArray()) {
            sb.append(rnd.nextBoolean() ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        }
        String s = sb.toString();
        return s.equals(id) || s.equals(id.toUpperCase(Locale.ROOT)) || s.equals(capitalised(id)) ? s + "X" : s;
    }

    private static String seedTag(SplittableRandom rnd) {
        return Integer.toHexString(rnd.nextInt(1 << 20));
    }

    /** {@code validate()} as it was before issue #8. */
    static List<Problem> before(MspProcess p) {
        List<Problem> problems = new ArrayList<>(hibernateValidator(p));
        problems.addAll(ReferenceChecksBeforeIssue8.check(p));
        problems.sort(PATH_ORDER);
        return problems;
    }

    private static List<Problem> hibernateValidator(MspProcess p) {
        return HibernateValidatorOracle.check(p);
    }

    /** The path order of {@code ModelValidator} before issue #8: list indices compared as numbers. */
    private static final Comparator<Problem> PATH_ORDER = (a, b) -> comparePaths(a.location(), b.location());

    private static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new java.math.BigInteger(a.substring(i, ei))
                        .compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
