package org.msptoolkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** The women's share over many, repeated and varied self-descriptions (each text is categorised once). */
class WomenShareTest {
    private static final Indicator WOMEN = IndicatorRegistry.builtin().get(BuiltinIndicators.WOMEN_SHARE);

    /** Self-descriptions with, by Gender#category's documented rule, whether each counts as a woman. */
    private static final String[] TEXTS = {
        "woman",
        "Woman",
        " WOMAN ",
        "female",
        "f",
        "F",
        "w",
        "girl",
        "femme",
        "women",
        "man",
        "male",
        "m",
        "boy",
        "homme",
        "non-binary",
        "agender",
        "genderqueer",
        "two-spirit",
        "prefer not to say",
        "x",
        "woman!",
        "wo man"
    };

    private static final boolean[] IS_WOMAN = {
        true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false,
        false, false, false, false, false, false
    };

    @Test
    void countsEveryWomanWhateverTheOrderAndSpellingOfTheTexts() {
        for (long seed = 0; seed < 300; seed++) {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(60);
            List<Participant> people = new ArrayList<>();
            int known = 0;
            int women = 0;
            for (int i = 0; i < n; i++) {
                Participant x = Participant.of("p" + i, "s1", Role.DELEGATE);
                if (rnd.nextInt(5) > 0) {
                    int t = rnd.nextInt(TEXTS.length);
                    // a fresh String instance half the time, as a reader of JSON makes
                    String text = rnd.nextBoolean() ? TEXTS[t] : new String(TEXTS[t].toCharArray());
                    x = x.withGender(text);
                    known++;
                    women += IS_WOMAN[t] ? 1 : 0;
                }
                people.add(x);
            }
            MspProcess p = MspProcess.builder("w" + seed, "Women's share")
                    .stakeholder(Stakeholder.of("s1", "City", StakeholderGroup.LOCAL_AUTHORITIES))
                    .participants(people)
                    .build();
            Measurement m = WOMEN.measure(p);
            if (known == 0) {
                assertThat(m.isMeasured()).as("seed %d", seed).isFalse();
                continue;
            }
            assertThat(m.value().getAsDouble()).as("seed %d", seed).isCloseTo((double) women / known, within(1e-12));
            assertThat(m.evidence().get(1).count()).as("seed %d", seed).isEqualTo(women);
        }
    }
}
