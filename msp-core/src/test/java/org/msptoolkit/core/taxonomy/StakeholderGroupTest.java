package org.msptoolkit.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StakeholderGroupTest {

    @Test
    void theNineMajorGroupsAreAgenda21ChaptersTwentyFourToThirtyTwoInOrder() {
        assertThat(StakeholderGroup.majorGroups())
                .extracting(StakeholderGroup::code)
                .containsExactly(
                        "women",
                        "children-and-youth",
                        "indigenous-peoples",
                        "ngos",
                        "local-authorities",
                        "workers-and-trade-unions",
                        "business-and-industry",
                        "science-and-technology",
                        "farmers");
        assertThat(StakeholderGroup.majorGroups())
                .extracting(g -> g.agenda21Chapter().getAsInt())
                .containsExactly(24, 25, 26, 27, 28, 29, 30, 31, 32);
        assertThat(StakeholderGroup.majorGroups()).allMatch(StakeholderGroup::isMajorGroup);
    }

    @Test
    void builtInGroupsAddGovernmentsAndIntergovernmentalOrganisations() {
        assertThat(StakeholderGroup.builtIn())
                .hasSize(11)
                .startsWith(StakeholderGroup.WOMEN)
                .endsWith(StakeholderGroup.GOVERNMENTS, StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS);
        assertThat(StakeholderGroup.GOVERNMENTS.isMajorGroup()).isFalse();
        assertThat(StakeholderGroup.GOVERNMENTS.agenda21Chapter()).isEqualTo(OptionalInt.empty());
        assertThat(StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS.category())
                .isEqualTo(StakeholderGroup.Category.INTERGOVERNMENTAL);
    }

    @Test
    void customGroupsAreOtherStakeholdersAndEqualByCode() {
        StakeholderGroup g = StakeholderGroup.of("persons-with-disabilities", "Persons with disabilities");
        assertThat(g.category()).isEqualTo(StakeholderGroup.Category.OTHER_STAKEHOLDER);
        assertThat(g.isMajorGroup()).isFalse();
        assertThat(g)
                .isEqualTo(StakeholderGroup.parse("persons-with-disabilities"))
                .hasToString("persons-with-disabilities");
        assertThat(StakeholderGroup.of("women", "Whatever")).isSameAs(StakeholderGroup.WOMEN);
    }

    @Test
    void lookupIgnoresCaseAndFindsOnlyBuiltIns() {
        assertThat(StakeholderGroup.fromCode(" NGOS ")).contains(StakeholderGroup.NGOS);
        assertThat(StakeholderGroup.fromCode("volunteers")).isEmpty();
        assertThat(StakeholderGroup.fromCode(null)).isEmpty();
    }

    @Test
    void malformedCodesAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> StakeholderGroup.of("Older Persons", "Older persons"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stakeholder group code")
                .hasMessageContaining("\"Older Persons\"");
        assertThatThrownBy(() -> StakeholderGroup.of("older--persons", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StakeholderGroup.of("older-persons", " "))
                .hasMessageContaining("stakeholder group label");
        assertThatThrownBy(() -> StakeholderGroup.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("stakeholder group code");
    }

    @Test
    void categoryCodesAreKebabCase() {
        assertThat(StakeholderGroup.Category.MAJOR_GROUP.code()).isEqualTo("major-group");
        assertThat(StakeholderGroup.Category.OTHER_STAKEHOLDER.code()).isEqualTo("other-stakeholder");
    }
}
