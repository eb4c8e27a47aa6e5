package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.msptoolkit.core.internal.Checks;

/**
 * A period in which stakeholders are invited to comment in writing, e.g. the 8 weeks the EU's
 * minimum standards for consultation (COM(2002) 704, standard D) require.
 * Build new values with {@link #builder(String, String, String, String)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
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
        return new Consultation(
                ConsultationId.of(id), topic, Dates.parse(opens, "opens"), Dates.parse(closes, "closes"));
    }

    /**
     * Length in days, counting both the first and the last day.
     *
     * @return the number of days open
     */
    public long days() {
        return ChronoUnit.DAYS.between(opens, closes) + 1;
    }

    /**
     * Starts a consultation with its required values, as {@link #of(String, String, String, String)}.
     *
     * @param id unique id
     * @param topic what comments are invited on
     * @param opens ISO date of the first day comments are accepted
     * @param closes ISO date of the last day comments are accepted
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, String topic, String opens, String closes) {
        return new Builder(of(id, topic, opens, closes));
    }

    /**
     * Returns a builder holding all of this consultation's values, to make a changed copy.
     *
     * @return a builder holding all of this consultation's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a consultation: one method per component, each setting it. Not thread-safe; each
     * {@link #build()} returns a new immutable consultation.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final ConsultationId id;
        private String topic;
        private LocalDate opens;
        private LocalDate closes;

        private Builder(Consultation c) {
            id = c.id;
            topic = c.topic;
            opens = c.opens;
            closes = c.closes;
        }

        /**
         * Returns this builder.
         *
         * @param value what comments are invited on
         * @return this builder
         */
        public Builder topic(String value) {
            topic = Checks.notNull(value, "consultation topic");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value first day comments are accepted
         * @return this builder
         */
        public Builder opens(LocalDate value) {
            opens = Checks.notNull(value, "consultation opens");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date of the first day comments are accepted
         * @return this builder
         */
        public Builder opens(String value) {
            return opens(Dates.parse(value, "opens"));
        }

        /**
         * Returns this builder.
         *
         * @param value last day comments are accepted (not before the opening day)
         * @return this builder
         */
        public Builder closes(LocalDate value) {
            closes = Checks.notNull(value, "consultation closes");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date of the last day comments are accepted
         * @return this builder
         */
        public Builder closes(String value) {
            return closes(Dates.parse(value, "closes"));
        }

        /**
         * Returns a new immutable consultation.
         *
         * @return a new immutable consultation
         */
        public Consultation build() {
            return new Consultation(id, topic, opens, closes);
        }
    }
}
