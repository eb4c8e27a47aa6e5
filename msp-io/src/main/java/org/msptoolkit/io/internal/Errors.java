package org.msptoolkit.io.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson's parse failures into problems at {@code source:line:column}. Internal. */
public final class Errors {
    private Errors() {}

    /**
     * The location {@code source:line:column} (or {@code line:column} without a source).
     *
     * @param source a file name, or empty
     * @param loc Jackson's location, possibly unknown
     * @return the location text
     */
    public static String location(String source, @Nullable TokenStreamLocation loc) {
        return location(source, loc, 0);
    }

    /**
     * The location {@code source:line:column}, the line shifted (for a record on a later line of a corpus).
     *
     * @param source a file name, or empty
     * @param loc Jackson's location, possibly unknown
     * @param lineShift added to the line
     * @return the location text
     */
    public static String location(String source, @Nullable TokenStreamLocation loc, long lineShift) {
        if (loc == null || loc.equals(TokenStreamLocation.NA) || loc.getLineNr() < 1) {
            return source;
        }
        String lc = (loc.getLineNr() + lineShift) + ":" + loc.getColumnNr();
        return source.isEmpty() ? lc : source + ":" + lc;
    }

    /**
     * A problem for a failed parse.
     *
     * @param e the failure
     * @param source a file name, or empty
     * @param limits the limits in force, to name the one exceeded
     * @return the problem
     */
    public static Problem problem(JacksonException e, String source, ReadLimits limits) {
        return problem(e, source, limits, null);
    }

    /**
     * A problem for a failed parse, located where the parser stood if the failure has no location
     * of its own (limit failures have none).
     *
     * @param e the failure
     * @param source a file name, or empty
     * @param limits the limits in force
     * @param fallback where the parser stood, or {@code null}
     * @return the problem
     */
    public static Problem problem(
            JacksonException e, String source, ReadLimits limits, @Nullable TokenStreamLocation fallback) {
        return problem(e, source, limits, fallback, 0);
    }

    /**
     * A problem for a failed parse, as {@link #problem(JacksonException, String, ReadLimits, TokenStreamLocation)},
     * the line shifted.
     *
     * @param e the failure
     * @param source a file name, or empty
     * @param limits the limits in force
     * @param fallback where the parser stood, or {@code null}
     * @param lineShift added to the line
     * @return the problem
     */
    public static Problem problem(
            JacksonException e,
            String source,
            ReadLimits limits,
            @Nullable TokenStreamLocation fallback,
            long lineShift) {
        TokenStreamLocation loc = e.getLocation();
        if (loc == null || loc.equals(TokenStreamLocation.NA)) {
            loc = fallback;
        }
        String where = location(source, loc, lineShift);
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // SnakeYAML messages interleave "in reader, line …" and source excerpts: keep the sentences
        String firstLine = String.join(
                ": ",
                original.lines()
                        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                        .limit(2)
                        .map(String::strip)
                        .toList());
        if (firstLine.isEmpty()) {
            firstLine = original.strip();
        }
        if (e instanceof StreamConstraintsException) {
            return Problem.of(where, IoProblems.LIMIT_EXCEEDED, limitMessage(firstLine, limits));
        }
        String lower = firstLine.toLowerCase(Locale.ROOT);
        if (e.getCause() instanceof NumberFormatException || lower.startsWith("malformed numeric value")) {
            // e.g. Jackson's YAML parser refusing 1e99999999999 with a Java exception's text
            return Problem.of(where, IoProblems.INVALID_VALUE, Values.OUT_OF_RANGE);
        }
        if (lower.contains("duplicate")) {
            return Problem.of(
                    where,
                    IoProblems.DUPLICATE_FIELD,
                    firstLine + " (a field may appear once per object; the second value would be lost)");
        }
        if (lower.contains("end-of-input") || lower.contains("end of input") || lower.contains("unexpected end")) {
            return Problem.of(where, IoProblems.SYNTAX, "the document ends too early (truncated?): " + firstLine);
        }
        if (lower.contains("code point") || lower.contains("codepoint")) {
            return Problem.of(
                    where,
                    IoProblems.LIMIT_EXCEEDED,
                    "the document is longer than the limit of " + limits.maxDocumentLength()
                            + " characters (ReadLimits.maxDocumentLength): " + firstLine);
        }
        return Problem.of(where, IoProblems.SYNTAX, firstLine);
    }

    private static String limitMessage(String jackson, ReadLimits limits) {
        String lower = jackson.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "the document is nested deeper than the limit of " + limits.maxNestingDepth()
                    + " levels (ReadLimits.maxNestingDepth)";
        }
        if (lower.contains("string value length")) {
            return "a string is longer than the limit of " + limits.maxStringLength()
                    + " characters (ReadLimits.maxStringLength)";
        }
        if (lower.contains("number value length")) {
            return "a number is longer than the limit of " + limits.maxNumberLength()
                    + " characters (ReadLimits.maxNumberLength)";
        }
        if (lower.contains("name length")) {
            return "a field name is longer than the limit of " + limits.maxNameLength()
                    + " characters (ReadLimits.maxNameLength)";
        }
        if (lower.contains("document length")) {
            return "the document is longer than the limit of " + limits.maxDocumentLength()
                    + " (ReadLimits.maxDocumentLength)";
        }
        return "a read limit was exceeded: " + jackson;
    }
}
