package org.msptoolkit.governance.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.governance.Finding;
import org.msptoolkit.governance.Verdict;
import org.msptoolkit.governance.spi.ParameterSpec;
import org.msptoolkit.governance.spi.ParameterType;
import org.msptoolkit.governance.spi.RuleContext;
import org.msptoolkit.governance.spi.RuleParameters;

/**
 * {@code transparency.publication}: documents are published within N days of being produced, and
 * decisions within M days of being taken. An item not yet published breaks the rule once its deadline
 * lies before the check's reference day; before that it is pending, not a violation.
 */
public final class PublicationRule extends BaseRuleKind {
    /** Creates the rule kind (for ServiceLoader). */
    public PublicationRule() {
        super(
                "transparency.publication",
                "documents and decisions are published within a number of days",
                ParameterSpec.optional(
                        "documentDays", ParameterType.COUNT, "days from production to publication of a document"),
                ParameterSpec.optional("decisionDays", ParameterType.COUNT, "days from a decision to its publication"),
                ParameterSpec.optional(
                        "documentKinds",
                        ParameterType.TEXT_LIST,
                        "document kinds the rule applies to (e.g. minutes, decision-record); default all"));
    }

    @Override
    void validateMore(RuleParameters p, List<Problem> problems) {
        atLeastOne(p, problems, "documentDays", "decisionDays");
        for (String k : p.texts("documentKinds")) {
            if (DocumentKind.fromCode(k).isEmpty()) {
                problems.add(Problem.of(
                        "documentKinds", RuleParameters.BAD_PARAMETER, "unknown document kind \"" + k + "\""));
            }
        }
    }

    @Override
    public Verdict check(MspProcess process, RuleContext context) {
        RuleParameters p = context.parameters();
        Optional<LocalDate> asOf = context.asOf();
        List<DocumentKind> kinds =
                p.texts("documentKinds").stream().map(DocumentKind::parse).toList();
        List<Finding> evidence = new ArrayList<>();
        int checked = 0;
        int pending = 0;
        if (p.has("documentDays")) {
            int days = p.count("documentDays");
            for (int i = 0; i < process.documents().size(); i++) {
                Document d = process.documents().get(i);
                if (!kinds.isEmpty() && !kinds.contains(d.kind())) {
                    continue;
                }
                int r = judge(
                        "documents[" + i + "]",
                        "document " + d.id() + " (" + d.kind().code() + ")",
                        d.produced(),
                        d.published(),
                        days,
                        asOf,
                        evidence);
                checked += r > 0 ? 1 : 0;
                pending += r == 0 ? 1 : 0;
            }
        }
        if (p.has("decisionDays")) {
            int days = p.count("decisionDays");
            for (int i = 0; i < process.decisions().size(); i++) {
                Decision d = process.decisions().get(i);
                int r = judge(
                        "decisions[" + i + "]", "decision " + d.id(), d.date(), d.published(), days, asOf, evidence);
                checked += r > 0 ? 1 : 0;
                pending += r == 0 ? 1 : 0;
            }
        }
        if (checked == 0) {
            return Verdict.notApplicable(
                    pending == 0
                            ? "no documents or decisions the rule applies to"
                            : pending + " item(s) not yet due for publication");
        }
        String tail = pending > 0 ? " (" + pending + " not yet due)" : "";
        return evidence.isEmpty()
                ? Verdict.satisfied(checked + " item(s) published in time" + tail)
                : Verdict.violated(
                        evidence.size() + " of " + checked + " item(s) not published in time" + tail, evidence);
    }

    /**
     * Returns 1 judged, 0 pending (not published, deadline not passed), -1 cannot judge.
     *
     * @return 1 judged, 0 pending (not published, deadline not passed), -1 cannot judge
     */
    private static int judge(
            String path,
            String what,
            LocalDate made,
            Optional<LocalDate> published,
            int days,
            Optional<LocalDate> asOf,
            List<Finding> evidence) {
        LocalDate deadline = made.plusDays(days);
        if (published.isPresent()) {
            long took = ChronoUnit.DAYS.between(made, published.get());
            if (took > days) {
                evidence.add(Finding.of(
                        path + ".published",
                        what + " was published " + took + " days after " + made + ", within " + days
                                + " days required"));
            }
            return 1;
        }
        if (asOf.isPresent() && asOf.get().isAfter(deadline)) {
            evidence.add(Finding.of(
                    path + ".published",
                    what + " of " + made + " is not published; it was due by " + deadline + " (" + days + " days)"));
            return 1;
        }
        return asOf.isPresent() ? 0 : -1;
    }
}
