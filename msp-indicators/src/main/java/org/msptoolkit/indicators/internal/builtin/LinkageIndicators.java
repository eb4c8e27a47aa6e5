package org.msptoolkit.indicators.internal.builtin;

import static org.msptoolkit.indicators.BuiltinIndicators.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.RecordedData;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;
import org.msptoolkit.indicators.Scale;

/** Built-in indicators of links to official decision-making, other levels and sectors, and of M&amp;E. Internal. */
final class LinkageIndicators {
    private static final String CONCLUSION = "Conclusion (ch. 9): links across sectors and between levels are "
            + "missing; common learning on MSPs. " + Sources.HEMMATI;

    private LinkageIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(OFFICIAL_LINKAGE, "Linkage to official decision-making")
                        .principles(
                                Principle.STRENGTHENING_INSTITUTIONS,
                                Principle.GOOD_GOVERNANCE,
                                Principle.VOICES_NOT_VOTES)
                        .criteria(OecdCriteria.INFLUENTIAL_RECOMMENDATIONS)
                        .unit("ordinal")
                        .scale(Scale.of(0, 4))
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("none = 0, informs = 1, advises = 2, co-decides = 3, decides = 4")
                        .source("Linkage to official decision-making, a design element of the Context phase: "
                                + Sources.HEMMATI + "; the authority and power axis: " + Sources.FUNG)
                        .requires(RecordedData.LINKAGE)
                        .measuredBy((p, c) -> linkage(p))
                        .build(),
                Indicator.builder(CROSS_LEVEL_LINKS, "Links to processes at other levels")
                        .principles(Principle.LEARNING, Principle.STRENGTHENING_INSTITUTIONS)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("distinct levels of linked processes that are not the process's own levels / "
                                + "levels other than its own (of local, subnational, national, regional, "
                                + "international)")
                        .source(CONCLUSION)
                        .measuredBy((p, c) -> crossLevel(p))
                        .build(),
                Indicator.builder(SECTOR_SPAN, "Sectors spanned")
                        .principles(Principle.LEARNING, Principle.INCLUSIVENESS)
                        .unit("sectors")
                        .scale(Scale.atLeast(0))
                        .target(Scale.of(2, Double.POSITIVE_INFINITY))
                        .formula("distinct sectors in the process scope and the stakeholders' sectors; target at "
                                + "least 2 (cross-sector)")
                        .source(CONCLUSION + " Target of two sectors: " + Sources.DESIGN_CHOICE)
                        .measuredBy((p, c) -> sectors(p))
                        .build(),
                Indicator.builder(MONITORING_EVIDENCE, "Evidence of monitoring and evaluation")
                        .principles(Principle.LEARNING, Principle.ACCOUNTABILITY)
                        .unit("share")
                        .scale(Scale.UNIT)
                        .direction(Direction.HIGHER_IS_BETTER)
                        .formula("(1 if an evaluation document exists) / 2 + (1 if a progress report exists, as a "
                                + "document or on a commitment) / 2")
                        .source("Accountability (monitoring and evaluation) and ch. 9 (shared indicators, "
                                + "standardised evaluation): " + Sources.HEMMATI + "; Good Practice Principle 2, "
                                + "monitoring and progress reports: " + Sources.OECD_2021)
                        .measuredBy((p, c) -> monitoring(p))
                        .build());
    }

    private static Measurement linkage(MspProcess p) {
        LinkageKind kind = p.linkage().kind();
        int value = switch (kind) {
            case NONE -> 0;
            case INFORMS -> 1;
            case ADVISES -> 2;
            case CO_DECIDES -> 3;
            case DECIDES -> 4;
        };
        return Measurement.of(value)
                .withEvidence(
                        "linkage.kind",
                        1,
                        "recorded as " + kind.code()
                                + p.linkage().body().map(b -> " (" + b + ")").orElse(""));
    }

    private static Measurement crossLevel(MspProcess p) {
        Set<Level> own = p.scope().levels();
        if (own.isEmpty()) {
            return Measurement.notMeasurable("the process's own level is not recorded");
        }
        int others = Level.values().length - own.size();
        if (others == 0) {
            return Measurement.notMeasurable("the process spans every level, so no link can cross levels");
        }
        Set<Level> linked = new LinkedHashSet<>();
        long withLevel = 0;
        for (ProcessLink l : p.links()) {
            if (l.level().isPresent()) {
                withLevel++;
                if (!own.contains(l.level().get())) {
                    linked.add(l.level().get());
                }
            }
        }
        return Measurement.of((double) linked.size() / others)
                .withCoverage(withLevel, p.links().size())
                .withEvidence(
                        Evidence.of("scope.levels", own.size(), "own levels"),
                        Evidence.of("links[*].level", withLevel, "links with a level"),
                        Evidence.of("links[*].level", linked.size(), "other levels linked"));
    }

    private static Measurement sectors(MspProcess p) {
        Set<Sector> all = new java.util.HashSet<>(p.scope().sectors());
        for (Stakeholder s : p.stakeholders()) {
            all.addAll(s.sectors());
        }
        if (all.isEmpty()) {
            return Measurement.notMeasurable("no sectors recorded for the process or its stakeholders");
        }
        return Measurement.of(all.size())
                .withEvidence(
                        Evidence.of("scope.sectors", p.scope().sectors().size(), "process sectors"),
                        Evidence.of("stakeholders[*].sectors", all.size(), "distinct sectors in all"));
    }

    private static Measurement monitoring(MspProcess p) {
        if (p.documents().isEmpty() && p.commitments().isEmpty()) {
            return Measurement.notMeasurable("no documents or commitments recorded");
        }
        long evaluations = 0;
        long progressDocs = 0;
        for (Document d : p.documents()) {
            if (d.kind() == DocumentKind.EVALUATION) {
                evaluations++;
            } else if (d.kind() == DocumentKind.PROGRESS_REPORT) {
                progressDocs++;
            }
        }
        long progressOnCommitments = 0;
        for (Commitment c : p.commitments()) {
            progressOnCommitments += c.progressReports().size();
        }
        double value = (evaluations > 0 ? 0.5 : 0) + (progressDocs + progressOnCommitments > 0 ? 0.5 : 0);
        return Measurement.of(value)
                .withEvidence(
                        Evidence.of("documents[kind=evaluation]", evaluations, "evaluation documents"),
                        Evidence.of("documents[kind=progress-report]", progressDocs, "progress report documents"),
                        Evidence.of(
                                "commitments[*].progressReports",
                                progressOnCommitments,
                                "progress reports on commitments"));
    }
}
