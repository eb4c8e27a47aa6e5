package org.msptoolkit.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.msptoolkit.core.internal.Checks;

/** Parses ISO dates for the short factories, with a message naming the argument. */
final class Dates {
    private Dates() {}

    static LocalDate parse(String text, String name) {
        Checks.notNull(text, name);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO 8601 date such as 2002-08-26, got \"" + text + "\"", e);
        }
    }
}
