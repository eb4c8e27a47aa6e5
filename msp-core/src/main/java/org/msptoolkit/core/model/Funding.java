package org.msptoolkit.core.model;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * Money a stakeholder gave to the process, e.g. the 53 public, private and civil-society bodies that
 * funded the World Commission on Dams. Who funds a process, and whether that is disclosed, bears on
 * its independence and transparency.
 * Build new values with {@link #builder(String, String, String)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
 *
 * @param from the funding stakeholder
 * @param amount the amount (not negative)
 * @param currency ISO 4217 currency
 * @param purpose what it paid for, if stated
 * @param disclosed whether the funding was publicly disclosed
 * @param date the day the money was given or pledged, if recorded; an evaluation as of an earlier day does not
 *     count it
 */
public record Funding(
        StakeholderId from,
        @DecimalMin("0") BigDecimal amount,
        Currency currency,
        Optional<String> purpose,
        boolean disclosed,
        Optional<LocalDate> date) {

    /** Checks that no component is {@code null}. */
    public Funding {
        Checks.notNull(from, "funding from");
        Checks.notNull(amount, "funding amount");
        Checks.notNull(currency, "funding currency");
        Checks.optional(purpose, "funding purpose");
        Checks.optional(date, "funding date");
    }

    /**
     * Funding with no recorded date (the form before {@code date} existed).
     *
     * @param from the funding stakeholder
     * @param amount the amount (not negative)
     * @param currency ISO 4217 currency
     * @param purpose what it paid for, if stated
     * @param disclosed whether the funding was publicly disclosed
     * @since 0.2.0
     */
    public Funding(
            StakeholderId from, BigDecimal amount, Currency currency, Optional<String> purpose, boolean disclosed) {
        this(from, amount, currency, purpose, disclosed, Optional.empty());
    }

    /**
     * Disclosed funding.
     *
     * @param from stakeholder id
     * @param amount decimal amount, e.g. {@code "250000"}
     * @param currency ISO 4217 code, e.g. {@code "USD"}
     * @return the funding entry
     */
    public static Funding of(String from, String amount, String currency) {
        return new Funding(
                StakeholderId.of(from), parseAmount(amount), parseCurrency(currency), Optional.empty(), true);
    }

    /**
     * Returns a copy with that purpose.
     *
     * @param value what it paid for
     * @return a copy with that purpose
     */
    public Funding withPurpose(String value) {
        return new Funding(from, amount, currency, Optional.of(value), disclosed, date);
    }

    /**
     * Returns a copy with that flag.
     *
     * @param value whether publicly disclosed
     * @return a copy with that flag
     */
    public Funding withDisclosed(boolean value) {
        return new Funding(from, amount, currency, purpose, value, date);
    }

    /**
     * Returns a copy given on that day.
     *
     * @param value ISO date
     * @return a copy given on that day
     * @since 0.2.0
     */
    public Funding onDate(String value) {
        return new Funding(from, amount, currency, purpose, disclosed, Optional.of(Dates.parse(value, "funding date")));
    }

    @Override
    public String toString() {
        return from + " " + amount.toPlainString() + " " + currency.getCurrencyCode()
                + (disclosed ? "" : " (undisclosed)");
    }

    /**
     * Starts a funding entry with its required values; as {@link #of(String, String, String)}, disclosed and with
     * no purpose.
     *
     * @param from id of the funding stakeholder
     * @param amount decimal amount, e.g. {@code "250000"}
     * @param currency ISO 4217 code, e.g. {@code "USD"}
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String from, String amount, String currency) {
        return new Builder(of(from, amount, currency));
    }

    /**
     * Returns a builder holding all of this funding entry's values, to make a changed copy.
     *
     * @return a builder holding all of this funding entry's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static BigDecimal parseAmount(String amount) {
        try {
            return new BigDecimal(Checks.notNull(amount, "funding amount").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("funding amount must be a decimal number, got \"" + amount + "\"", e);
        }
    }

    private static Currency parseCurrency(String currency) {
        try {
            return Currency.getInstance(
                    Checks.notNull(currency, "funding currency").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "funding currency must be an ISO 4217 code such as USD, got \"" + currency + "\"", e);
        }
    }

    /**
     * Collects the values of a funding entry: one method per component, each setting it. Not thread-safe; each
     * {@link #build()} returns a new immutable funding entry.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private StakeholderId from;
        private BigDecimal amount;
        private Currency currency;
        private Optional<String> purpose;
        private boolean disclosed;
        private Optional<LocalDate> date;

        private Builder(Funding f) {
            from = f.from;
            amount = f.amount;
            currency = f.currency;
            purpose = f.purpose;
            disclosed = f.disclosed;
            date = f.date;
        }

        /**
         * Returns this builder.
         *
         * @param value the funding stakeholder
         * @return this builder
         */
        public Builder from(StakeholderId value) {
            from = Checks.notNull(value, "funding from");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the funding stakeholder
         * @return this builder
         */
        public Builder from(String value) {
            return from(StakeholderId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value the amount (not negative to be valid)
         * @return this builder
         */
        public Builder amount(BigDecimal value) {
            amount = Checks.notNull(value, "funding amount");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value decimal amount, e.g. {@code "250000"}
         * @return this builder
         */
        public Builder amount(String value) {
            return amount(parseAmount(value));
        }

        /**
         * Returns this builder.
         *
         * @param value the currency
         * @return this builder
         */
        public Builder currency(Currency value) {
            currency = Checks.notNull(value, "funding currency");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO 4217 code, e.g. {@code "USD"}
         * @return this builder
         */
        public Builder currency(String value) {
            return currency(parseCurrency(value));
        }

        /**
         * Returns this builder.
         *
         * @param value what it paid for
         * @return this builder
         */
        public Builder purpose(String value) {
            purpose = Optional.of(Checks.notNull(value, "funding purpose"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value whether the funding was publicly disclosed
         * @return this builder
         */
        public Builder disclosed(boolean value) {
            disclosed = value;
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the day the money was given or pledged
         * @return this builder
         * @since 0.2.0
         */
        public Builder date(LocalDate value) {
            date = Optional.of(Checks.notNull(value, "funding date"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date the money was given or pledged
         * @return this builder
         * @since 0.2.0
         */
        public Builder date(String value) {
            return date(Dates.parse(value, "funding date"));
        }

        /**
         * Returns a new immutable funding entry.
         *
         * @return a new immutable funding entry
         */
        public Funding build() {
            return new Funding(from, amount, currency, purpose, disclosed, date);
        }
    }
}
