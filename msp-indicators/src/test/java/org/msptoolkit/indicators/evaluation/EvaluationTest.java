package org.msptoolkit.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Fixtures;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.indicators.spi.IndicatorProvider;

class EvaluationTest {
    private static final Framework SMALL = Framework.builder("small", "Small")
            .version("1")
            .group("equity", "Equity", "women-share", "seat-hhi")
            .group("transparency", "Transparency", "documents-published", "publication-delay", "acme.missing")
            .build();
    private static final Evaluator EVALUATOR = Evaluator.of(IndicatorRegistry.builtin());

    @Test
    void groupScoresAreMeansOfNormalisedScoresAsWorkedOutByHand() {
        EvaluationReport r = EVALUATOR.evaluate(Fixtures.townForum(), SMALL);
        assertThat(r.asOf()).hasValue(LocalDate.of(2024, 9, 2));
        // women-share 0.6 is in the 40-60 band -> 1; seat-hhi 0.28 -> 1 - 0.28 = 0.72; mean 0.86
        GroupResult equity = r.group("equity").orElseThrow();
        assertThat(equity.score().getAsDouble()).isCloseTo(0.86, within(1e-9));
        // coverage: women-share 5/6, seat-hhi 1 -> 11/12
        assertThat(equity.coverage()).isCloseTo(11 / 12.0, within(1e-9));
        // documents 2/3; delay median 25 days -> 21/25 = 0.84; the missing indicator is not scored
        GroupResult open = r.group("transparency").orElseThrow();
        assertThat(open.score().getAsDouble()).isCloseTo((2 / 3.0 + 0.84) / 2, within(1e-9));
        assertThat(open.scored()).isEqualTo(2);
        assertThat(open.coverage()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.indicator("acme.missing").orElseThrow().reason())
                .hasValue("indicator 'acme.missing' is not in the registry");
        assertThat(r.toString())
                .contains(
                        "Evaluation of town-forum",
                        "as of 2024-09-02",
                        "equity",
                        "0.86",
                        "acme.missing",
                        "not measurable: indicator 'acme.missing' is not in the registry");
    }

    @Test
    void anIndicatorThatThrowsIsReportedNotHidden() {
        Indicator broken = Indicator.builder("acme.broken", "Broken")
                .principles(Principle.LEARNING)
                .unit("x")
                .scale(Scale.UNIT)
                .direction(org.msptoolkit.indicators.Direction.HIGHER_IS_BETTER)
                .formula("f")
                .source("s")
                .measuredBy((p, c) -> {
                    throw new IllegalStateException("boom");
                })
                .build();
        IndicatorProvider acme = new IndicatorProvider() {
            @Override
            public String id() {
                return "acme";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(broken);
            }
        };
        Framework f = Framework.builder("f", "F")
                .group("learning", "Learning", "acme.broken")
                .build();
        EvaluationReport r = Evaluator.of(IndicatorRegistry.of(acme)).evaluate(Fixtures.townForum(), f);
        assertThat(r.indicator("acme.broken").orElseThrow().reason().orElseThrow())
                .isEqualTo("indicator failed: java.lang.IllegalStateException: boom");
        assertThat(r.group("learning").orElseThrow().score()).isEmpty();
    }

    @Test
    void aDiffShowsWhatChangedBeforeAndAfter() {
        MspProcess before = Fixtures.townForum();
        List<Document> docs = before.documents().stream()
                .map(d -> d.isPublished() ? d : d.publishedOn(d.produced().toString()))
                .toList();
        MspProcess after = before.toBuilder().clearDocuments().documents(docs).build();
        EvaluationDiff diff = EVALUATOR.evaluate(before, SMALL).diff(EVALUATOR.evaluate(after, SMALL));
        EvaluationDiff.Change published = diff.indicators().stream()
                .filter(c -> c.key().equals("documents-published"))
                .findFirst()
                .orElseThrow();
        assertThat(published.delta().getAsDouble()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(published.status()).isEqualTo(EvaluationDiff.Status.IMPROVED);
        // delays 10, 40, 0 -> median 10, inside the 21-day band
        assertThat(diff.indicators())
                .filteredOn(c -> c.key().equals("publication-delay"))
                .singleElement()
                .satisfies(c -> assertThat(c.after().getAsDouble()).isEqualTo(10));
        assertThat(diff.changes())
                .extracting(EvaluationDiff.Change::key)
                .containsExactly("transparency", "documents-published", "publication-delay");
        assertThat(diff.toString()).contains("documents-published: 0.6667 -> 1 (+0.3333) improved");
    }

    @Test
    void aTableHasOneRowPerProcessWithMissingValuesAsNaN() {
        EvaluationTable t = EVALUATOR
                .withContext(EvaluationContext.asOf("2024-12-31"))
                .evaluateAll(List.of(Fixtures.townForum(), Fixtures.empty()), Frameworks.hemmati2002());
        assertThat(t.processIds()).containsExactly("town-forum", "empty");
        assertThat(t.indicators())
                .hasSize(Frameworks.hemmati2002().indicatorIds().size());
        int women = t.indicators().indexOf("women-share");
        assertThat(t.values()[0][women]).isEqualTo(0.6);
        assertThat(t.values()[1][women]).isNaN();
        assertThat(t.value("town-forum", "women-share")).hasValue(0.6);
        assertThat(t.tidy()).hasSize(2 * t.indicators().size());
        assertThat(t.tidy())
                .filteredOn(
                        row -> row.process().equals("empty") && row.indicator().equals("women-share"))
                .singleElement()
                .satisfies(row -> assertThat(row.reason()).hasValue("no participants recorded"));
        assertThat(t.groupScores()[0]).hasSize(15);
        assertThat(t.toString())
                .contains("EvaluationTable hemmati-2002: 2 processes")
                .contains("town-forum");
    }

    @Test
    void theStaticEntryPointUsesTheServiceLoader() {
        EvaluationReport r = Evaluation.of(Fixtures.townForum(), Frameworks.oecd2021());
        assertThat(r.frameworkId()).isEqualTo("oecd-2021");
        assertThat(r.groups()).hasSize(3);
        assertThat(Evaluation.of(Fixtures.townForum(), Frameworks.hemmati2002(), EvaluationContext.asOf("2024-12-31"))
                        .asOf())
                .hasValue(LocalDate.of(2024, 12, 31));
    }
}
