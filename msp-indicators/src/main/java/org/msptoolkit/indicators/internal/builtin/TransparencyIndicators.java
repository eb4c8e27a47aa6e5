package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.util.List;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of openness: documents, decisions and funding made public. Internal. */
final class TransparencyIndicators {
    private static final String OECD_GPP = "Good Practice Principle 3, Transparency: all materials public \"in a "
            + "timely manner\", funding disclosed. " + Sources.OECD_2021;

    private TransparencyIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(DOCUMENTS_PUBLISHED, "Documents published")
                        .principles(Principle.TRANSPARENCY, Principle.ACCOUNTABILITY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("documents with a publication day / documents")
                        .source(OECD_GPP + "; Transparency: " + Sources.HEMMATI)
                        .measuredBy((p, c) -> published(p))
                        .build(),
                Indicator.builder(PUBLICATION_DELAY, "Median publication delay")
                        .principles(Principle.TRANSPARENCY)
                        .unit("days")
                        .scale(Scale.atLeast(0))
                        .target(Scale.of(0, 21))
                        .formula("median over published documents of max(0, published - produced) in calendar "
                                + "days; target at most 21 days")
                        .source(OECD_GPP + "; the 21-day target follows the 15 working days (about 21 calendar "
                                + "days) of " + Sources.EU_1049 + ", by analogy")
                        .measuredBy((p, c) -> delay(p))
                        .build(),
                Indicator.builder(DECISIONS_PUBLISHED, "Decisions published")
                        .principles(Principle.TRANSPARENCY, Principle.ACCOUNTABILITY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("decisions with a publication day / decisions")
                        .source("Inform the public of the decision: " + Sources.EU_1367 + "; " + OECD_GPP)
                        .measuredBy((p, c) -> decisions(p))
                        .build(),
                Indicator.builder(FUNDING_DISCLOSED, "Funding disclosed")
                        .principles(Principle.TRANSPARENCY, Principle.LEGITIMACY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("funding entries marked disclosed / funding entries")
                        .source(OECD_GPP)
                        .requires(RecordedData.FUNDING)
                        .measuredBy((p, c) -> disclosed(p))
                        .build());
    }

    private static Measurement published(MspProcess p) {
        List<Document> all = p.documents();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no documents recorded");
        }
        long n = 0;
        for (Document d : all) {
            if (d.isPublished()) {
                n++;
            }
        }
        return Measurement.of((double) n / all.size())
                .withEvidence(
                        Evidence.of("documents", all.size(), "documents"),
                        Evidence.of("documents[*].published", n, "published"));
    }

    private static Measurement delay(MspProcess p) {
        List<Document> all = p.documents();
        int published = 0;
        for (Document d : all) {
            if (d.isPublished()) {
                published++;
            }
        }
        if (published == 0) {
            return Measurement.notMeasurable(
                    all.isEmpty() ? "no documents recorded" : "no document has a publication day");
        }
        double[] delays = new double[published];
        int k = 0;
        for (Document d : all) {
            if (d.isPublished()) {
                delays[k++] = Math.max(
                        0, d.published().get().toEpochDay() - d.produced().toEpochDay());
            }
        }
        return Measurement.of(Stats.median(delays))
                .withEvidence("documents[*].published", published, "published documents");
    }

    private static Measurement decisions(MspProcess p) {
        List<Decision> all = p.decisions();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no decisions recorded");
        }
        long n = 0;
        for (Decision d : all) {
            if (d.isPublished()) {
                n++;
            }
        }
        return Measurement.of((double) n / all.size())
                .withEvidence(
                        Evidence.of("decisions", all.size(), "decisions"),
                        Evidence.of("decisions[*].published", n, "published"));
    }

    private static Measurement disclosed(MspProcess p) {
        List<Funding> all = p.funding();
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no funding: the process recorded none by the assessment day");
        }
        long n = 0;
        for (Funding f : all) {
            if (f.disclosed()) {
                n++;
            }
        }
        return Measurement.of((double) n / all.size())
                .withEvidence(
                        Evidence.of("funding", all.size(), "funding entries"),
                        Evidence.of("funding[*].disclosed", n, "disclosed"));
    }
}
