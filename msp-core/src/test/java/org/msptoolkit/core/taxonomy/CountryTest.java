package org.msptoolkit.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryTest {

    @Test
    void acceptsIsoAlpha2CodesIgnoringCaseAndBlanks() {
        assertThat(Country.of("ke")).isEqualTo(new Country("KE")).hasToString("KE");
        assertThat(Country.of(" br ").code()).isEqualTo("BR");
        assertThat(Country.of("KE").displayName()).isEqualTo("Kenya");
        assertThat(Country.of("XK").code()).isEqualTo("XK");
    }

    @Test
    void rejectsWhatIsNotAnAssignedAlpha2CodeNamingTheValue() {
        assertThatThrownBy(() -> Country.of("ZZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("country code must be an ISO 3166-1 alpha-2 code")
                .hasMessageEndingWith("got \"ZZ\"");
        assertThatThrownBy(() -> Country.of("KEN")).hasMessageEndingWith("got \"KEN\"");
        assertThatThrownBy(() -> new Country("ke")).hasMessageEndingWith("got \"ke\"");
        assertThatThrownBy(() -> Country.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("country code");
    }

    @Test
    void isValidChecksTheCodeAsWritten() {
        assertThat(Country.isValid("DE")).isTrue();
        assertThat(Country.isValid("de")).isFalse();
        assertThat(Country.isValid("EU")).isFalse();
        assertThat(Country.isValid(null)).isFalse();
    }
}
