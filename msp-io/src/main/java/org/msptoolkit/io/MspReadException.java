package org.msptoolkit.io;

import java.util.List;
import java.util.stream.Collectors;
import org.msptoolkit.core.MspException;
import org.msptoolkit.core.validation.Problem;

/**
 * Thrown by {@link ReadResult#orThrow()} and by corpus readers that stop at a bad record: an MSP
 * document could not be read; every problem found is listed.
 */
public class MspReadException extends MspException {
    private static final long serialVersionUID = 1L;
    /** The problems; kept as an immutable list of records. */
    private final transient List<Problem> problems;

    /**
     * An exception listing problems.
     *
     * @param problems every problem found, at least one
     */
    public MspReadException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " reading MSP data:"
                + problems.stream().map(p -> "\n  " + p + " [" + p.code() + "]").collect(Collectors.joining());
    }

    /** @return every problem found, in order */
    public List<Problem> problems() {
        return problems;
    }
}
