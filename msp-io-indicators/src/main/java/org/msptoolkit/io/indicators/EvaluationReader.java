package org.msptoolkit.io.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.Evidence;
import org.msptoolkit.indicators.Scale;
import org.msptoolkit.indicators.ScoreRule;
import org.msptoolkit.indicators.evaluation.EvaluationReport;
import org.msptoolkit.indicators.evaluation.GroupResult;
import org.msptoolkit.indicators.evaluation.IndicatorResult;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.internal.Engine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an evaluation document (format {@value EvaluationWriter#FORMAT} version
 * {@value EvaluationWriter#FORMAT_VERSION}, as {@link EvaluationWriter#json(EvaluationReport)} and
 * {@code msp evaluate -o r.json} write it) back into an {@link EvaluationReport} equal to the one written.
 * Every problem is reported at once, located by JSON pointer; a {@code compliance} member is accepted and left
 * to msp-io-governance.
 *
 * <pre>{@code
 * Result<EvaluationReport> r = EvaluationReader.read(json);
 * r.value();      // equal to the report written
 * }</pre>
 *
 * @since 0.2.0
 */
public final class EvaluationReader {
    private final List<Problem> problems = new ArrayList<>();

    private EvaluationReader() {}

    /**
     * Reads one evaluation document.
     *
     * @param json the document
     * @return the report, or every problem found
     */
    public static Result<EvaluationReport> read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = Engine.jsonMapper(ReadLimits.defaults()).readTree(json);
        } catch (JacksonException e) {
            return Result.invalid(
                    List.of(Problem.of("", IoProblems.SYNTAX, "not a JSON document: " + e.getOriginalMessage())));
        }
        EvaluationReader r = new EvaluationReader();
        EvaluationReport report = r.report(tree);
        return report == null || !r.problems.isEmpty() ? Result.invalid(r.problems) : Result.valid(report);
    }

    private @Nullable EvaluationReport report(JsonNode o) {
        if (!o.isObject()) {
            problem("", IoProblems.WRONG_TYPE, "an evaluation document is a JSON object");
            return null;
        }
        if (!EvaluationWriter.FORMAT.equals(text(o, "", "format"))) {
            problem("/format", IoProblems.INVALID_VALUE, "format must be \"" + EvaluationWriter.FORMAT + "\"");
        }
        JsonNode v = o.get("formatVersion");
        if (v == null || !v.isIntegralNumber() || v.asInt() != EvaluationWriter.FORMAT_VERSION) {
            problem(
                    "/formatVersion",
                    IoProblems.UNSUPPORTED_VERSION,
                    "this library reads evaluation documents of format version " + EvaluationWriter.FORMAT_VERSION);
        }
        String processId = text(o, "", "processId");
        String title = text(o, "", "processTitle");
        String framework = text(o, "", "frameworkId");
        String frameworkVersion = text(o, "", "frameworkVersion");
        Optional<LocalDate> asOf = Optional.empty();
        JsonNode day = o.get("asOf");
        if (day != null && !day.isNull()) {
            try {
                asOf = Optional.of(LocalDate.parse(day.asString()));
            } catch (java.time.format.DateTimeParseException e) {
                problem("/asOf", IoProblems.INVALID_VALUE, "asOf must be an ISO date such as 2024-12-31");
            }
        }
        List<GroupResult> groups = new ArrayList<>();
        JsonNode gs = array(o, "", "groups");
        for (int i = 0; gs != null && i < gs.size(); i++) {
            String at = "/groups/" + i;
            JsonNode g = gs.get(i);
            groups.add(new GroupResult(
                    text(g, at, "key"),
                    text(g, at, "label"),
                    number(g, at, "score"),
                    (int) integer(g, at, "scored"),
                    texts(g, at, "indicators"),
                    number(g, at, "coverage").orElse(0)));
        }
        List<IndicatorResult> indicators = new ArrayList<>();
        JsonNode is = array(o, "", "indicators");
        for (int i = 0; is != null && i < is.size(); i++) {
            String at = "/indicators/" + i;
            JsonNode x = is.get(i);
            JsonNode reason = x.get("reason");
            List<Evidence> evidence = new ArrayList<>();
            JsonNode es = array(x, at, "evidence");
            for (int k = 0; es != null && k < es.size(); k++) {
                String ea = at + "/evidence/" + k;
                evidence.add(Evidence.of(
                        text(es.get(k), ea, "path"), integer(es.get(k), ea, "count"), text(es.get(k), ea, "note")));
            }
            JsonNode source = x.get("source");
            indicators.add(new IndicatorResult(
                    text(x, at, "id"),
                    text(x, at, "name"),
                    text(x, at, "unit"),
                    text(x, at, "direction"),
                    texts(x, at, "principles"),
                    number(x, at, "value"),
                    number(x, at, "score"),
                    reason == null || reason.isNull() ? Optional.empty() : Optional.of(reason.asString()),
                    number(x, at, "coverage").orElse(0),
                    evidence,
                    scoreRule(x.get("scoreRule"), at + "/scoreRule"),
                    source == null || source.isNull() ? "" : source.asString()));
        }
        return new EvaluationReport(processId, title, framework, frameworkVersion, asOf, indicators, groups);
    }

    private Optional<ScoreRule> scoreRule(@Nullable JsonNode r, String at) {
        if (r == null || r.isNull()) {
            return Optional.empty();
        }
        String code = text(r, at, "direction");
        Direction direction = null;
        for (Direction d : Direction.values()) {
            if (d.code().equals(code)) {
                direction = d;
            }
        }
        if (direction == null) {
            problem(at + "/direction", IoProblems.INVALID_VALUE, "unknown direction \"" + code + "\"");
            return Optional.empty();
        }
        Scale scale = Scale.of(
                number(r, at, "lower").orElse(Double.NEGATIVE_INFINITY),
                number(r, at, "upper").orElse(Double.POSITIVE_INFINITY));
        JsonNode tl = r.get("targetLower");
        Optional<Scale> target = tl == null || tl.isNull()
                ? Optional.empty()
                : Optional.of(Scale.of(
                        number(r, at, "targetLower").orElse(Double.NEGATIVE_INFINITY),
                        number(r, at, "targetUpper").orElse(Double.POSITIVE_INFINITY)));
        return Optional.of(new ScoreRule(direction, scale, target));
    }

    private String text(JsonNode o, String at, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isString()) {
            problem(
                    at + "/" + field,
                    v == null ? IoProblems.MISSING_FIELD : IoProblems.WRONG_TYPE,
                    field + (v == null ? " is missing" : " must be text"));
            return "";
        }
        return v.asString();
    }

    private List<String> texts(JsonNode o, String at, String field) {
        JsonNode a = array(o, at, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; a != null && i < a.size(); i++) {
            out.add(a.get(i).asString());
        }
        return out;
    }

    private @Nullable JsonNode array(JsonNode o, String at, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) {
            problem(
                    at + "/" + field,
                    v == null ? IoProblems.MISSING_FIELD : IoProblems.WRONG_TYPE,
                    field + (v == null ? " is missing" : " must be a list"));
            return null;
        }
        return v;
    }

    /** A number, or empty for {@code null}. */
    private OptionalDouble number(JsonNode o, String at, String field) {
        JsonNode v = o.get(field);
        if (v == null) {
            problem(at + "/" + field, IoProblems.MISSING_FIELD, field + " is missing (null when there is none)");
            return OptionalDouble.empty();
        }
        if (v.isNull()) {
            return OptionalDouble.empty();
        }
        if (!v.isNumber()) {
            problem(at + "/" + field, IoProblems.WRONG_TYPE, field + " must be a number or null");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v.asDouble());
    }

    private long integer(JsonNode o, String at, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isIntegralNumber()) {
            problem(
                    at + "/" + field,
                    v == null ? IoProblems.MISSING_FIELD : IoProblems.WRONG_TYPE,
                    field + (v == null ? " is missing" : " must be a whole number"));
            return 0;
        }
        return v.asLong();
    }

    private void problem(String pointer, String code, String message) {
        problems.add(Problem.of(pointer.isEmpty() ? "/" : pointer, code, message));
    }
}
