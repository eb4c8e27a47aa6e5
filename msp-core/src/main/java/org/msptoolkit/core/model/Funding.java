package org.msptoolkit.core.model;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;

/**
 * Money a stakeholder gave to the process, e.g. the 53 public, private and civil-society bodies that
 * funded the World Commission on Dams. Who funds a process, and whether that is disclosed, bears on
 * its independence and transparency.
 *
 * @param from the funding stakeholder
 * @param amount the amount (not negative)
 * @param currency ISO 4217 currency
 * @param purpose what it paid for, if stated
 * @param disclosed whether the funding was publicly disclosed
 */
public record Funding(
        StakeholderId from,
        @DecimalMin("0") BigDecimal amount,
        Currency currency,
        Optional<String> purpose,
        boolean disclosed) {

    /** Checks that no component is {@code null}. */
    public Funding {
        Checks.notNull(from, "funding from");
        Checks.notNull(amount, "funding amount");
        Checks.notNull(currency, "funding currency");
        Checks.optional(purpose, "funding purpose");
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
        BigDecimal value;
        try {
            value = new BigDecimal(Checks.notNull(amount, "funding amount").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("funding amount must be a decimal number, got \"" + amount + "\"", e);
        }
        Currency cur;
        try {
            cur = Currency.getInstance(Checks.notNull(currency, "funding currency").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("funding currency must be an ISO 4217 code such as USD, got \""
                    + currency + "\"", e);
        }
        return new Funding(StakeholderId.of(from), value, cur, Optional.empty(), true);
    }

    /** @param value what it paid for @return a copy with that purpose */
    public Funding withPurpose(String value) {
        return new Funding(from, amount, currency, Optional.of(value), disclosed);
    }

    /** @param value whether publicly disclosed @return a copy with that flag */
    public Funding withDisclosed(boolean value) {
        return new Funding(from, amount, currency, purpose, value);
    }

    @Override
    public String toString() {
        return from + " " + amount.toPlainString() + " " + currency.getCurrencyCode() + (disclosed ? "" : " (undisclosed)");
    }
}
