package org.msptoolkit.learning.qca;

import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.validation.Problem;

/**
 * QCA input that cannot be analysed: a case table with bad values, an unknown condition, a
 * malformed expression, or options that contradict each other. Every problem found is reported at
 * once, each with its location (e.g. {@code LF.csv:4:3} or {@code column DEV, case AU}).
 */
public final class QcaException extends MspException {
    private static final long serialVersionUID = 1L;

    /** Problem code: a value is not a number or outside its allowed range. */
    public static final String BAD_VALUE = "qca-bad-value";
    /** Problem code: a named column or condition does not exist. */
    public static final String UNKNOWN_NAME = "qca-unknown-name";
    /** Problem code: an expression cannot be parsed. */
    public static final String SYNTAX = "qca-syntax";
    /** Problem code: the shape of the input is wrong (ragged rows, duplicate names, too many conditions). */
    public static final String SHAPE = "qca-shape";

    private final transient List<Problem> problems;

    /**
     * An exception reporting the given problems.
     *
     * @param summary one line saying what could not be done
     * @param problems every problem found, never empty
     */
    public QcaException(String summary, List<Problem> problems) {
        super(summary + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception reporting one problem.
     *
     * @param location where the problem is
     * @param code the problem code
     * @param message what is wrong
     * @return the exception
     */
    public static QcaException of(String location, String code, String message) {
        return new QcaException("QCA input rejected", List.of(Problem.of(location, code, message)));
    }

    /**
     * Returns every problem found, with its location.
     *
     * @return every problem found, with its location
     */
    public List<Problem> problems() {
        return problems;
    }
}
