package org.msptoolkit.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectorTest {

    @Test
    void thereAreSeventeenSdgsInOrderWithTheirNames() {
        assertThat(Sector.sdgs()).hasSize(17);
        assertThat(Sector.sdgs())
                .extracting(Sector::code)
                .startsWith("SDG1", "SDG2")
                .endsWith("SDG17");
        assertThat(Sector.sdg(1).label()).isEqualTo("No poverty");
        assertThat(Sector.sdg(5).label()).isEqualTo("Gender equality");
        assertThat(Sector.sdg(13).label()).isEqualTo("Climate action");
        assertThat(Sector.sdg(17).label()).isEqualTo("Partnerships for the goals");
        for (int n = 1; n <= 17; n++) {
            assertThat(Sector.sdg(n).sdgNumber()).contains(n);
        }
    }

    @Test
    void sdgCodesAreParsedInSeveralSpellings() {
        assertThat(Sector.parse("sdg5")).isSameAs(Sector.sdg(5));
        assertThat(Sector.parse("SDG-5")).isSameAs(Sector.sdg(5));
        assertThat(Sector.parse(" SDG14 ")).isSameAs(Sector.sdg(14));
        assertThat(Sector.of("SDG6", "Water")).isSameAs(Sector.sdg(6));
    }

    @Test
    void freeSectorsAreNotSdgs() {
        Sector forestry = Sector.of("forestry", "Forestry");
        assertThat(forestry.isSdg()).isFalse();
        assertThat(forestry.sdgNumber()).isEmpty();
        assertThat(forestry).isEqualTo(Sector.parse("forestry")).hasToString("forestry");
        assertThat(Sector.parse("water_governance.eu").label()).isEqualTo("water_governance.eu");
    }

    @Test
    void badCodesAndNumbersAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> Sector.parse("SDG18"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SDG number must be between 1 and 17, got 18");
        assertThatThrownBy(() -> Sector.sdg(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Sector.parse("bad code!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sector code")
                .hasMessageContaining("\"bad code!\"");
        assertThatThrownBy(() -> Sector.of("forestry", " ")).hasMessageContaining("sector label");
        assertThatThrownBy(() -> Sector.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sector code");
    }
}
