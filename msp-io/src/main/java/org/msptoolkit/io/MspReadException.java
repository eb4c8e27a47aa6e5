package org.msptoolkit.io;

import java.util.List;
import org.msptoolkit.core.validation.InvalidModelException;
import org.msptoolkit.core.validation.ValidationReport;

/**
 * Thrown by corpus readers that stop at a bad record: an MSP document could not be read; every
 * problem found is listed. A {@link InvalidModelException}, as thrown by
 * {@link org.msptoolkit.core.validation.Result#orElseThrow()}.
 *
 * @since 0.1.0
 */
public class MspReadException extends InvalidModelException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception listing problems.
     *
     * @param problems every problem found, at least one
     * @throws NullPointerException if {@code problems} is null
     * @since 0.1.0
     */
    public MspReadException(List<org.msptoolkit.core.validation.Problem> problems) {
        super(ValidationReport.of(problems));
    }
}
