package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.msptoolkit.core.internal.Checks;

/**
 * A period in which stakeholders are invited to comment in writing, e.g. the 8 weeks the EU's
 * minimum standards for consultation (COM(2002) 704, standard D) require.
 *
 * @param id unique within the process
 * @param topic what comments are invited on
 * @param opens first day comments are accepted
 * @param closes last day comments are accepted (not before {@code opens})
 */
public record Consultation(ConsultationId id, @NotBlank String topic, LocalDate opens, LocalDate closes) {
    /** Checks that no component is {@code null}. */
    public Consultation {
        Checks.notNull(id, "consultation id");
        Checks.notNull(topic, "consultation topic");
        Checks.notNull(opens, "consultation opens");
        Checks.notNull(closes, "consultation closes");
    }

    /**
     * A consultation.
     *
     * @param id unique id
     * @param topic what comments are invited on
     * @param opens ISO date
     * @param closes ISO date
     * @return the consultation
     */
    public static Consultation of(String id, String topic, String opens, String closes) {
        return new Consultation(ConsultationId.of(id), topic, Dates.parse(opens, "opens"),
                Dates.parse(closes, "closes"));
    }

    /**
     * Length in days, counting both the first and the last day.
     *
     * @return the number of days open
     */
    public long days() {
        return ChronoUnit.DAYS.between(opens, closes) + 1;
    }
}
