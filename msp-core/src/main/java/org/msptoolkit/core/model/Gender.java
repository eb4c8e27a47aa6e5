package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Set;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.GenderCategory;

/**
 * A participant's gender as they describe it themselves. Personal data: see {@link PersonalData}.
 * The text is kept exactly as written; {@link #category()} maps common English self-descriptions to
 * a coarse category used only for gender-balance measures such as the Council of Europe's 40 % floor.
 *
 * @param selfDescription the participant's own words, e.g. "woman", "female", "non-binary"
 */
public record Gender(@NotBlank String selfDescription) {
    private static final Set<String> WOMAN = Set.of("woman", "women", "female", "f", "w", "girl", "femme");
    private static final Set<String> MAN = Set.of("man", "men", "male", "m", "boy", "homme");

    /** Checks that the description is not {@code null}. */
    public Gender {
        Checks.notNull(selfDescription, "gender self-description");
    }

    /**
     * A gender from a self-description.
     *
     * @param selfDescription e.g. {@code "woman"}
     * @return the gender
     */
    public static Gender of(String selfDescription) {
        return new Gender(selfDescription);
    }

    /**
     * The coarse category: {@code WOMAN} for "woman"/"female"/"f", {@code MAN} for "man"/"male"/"m"
     * (ignoring case and surrounding blanks), {@code OTHER} for anything else.
     *
     * @return the category
     */
    public GenderCategory category() {
        String s = selfDescription.strip().toLowerCase(Locale.ROOT);
        if (WOMAN.contains(s)) {
            return GenderCategory.WOMAN;
        }
        if (MAN.contains(s)) {
            return GenderCategory.MAN;
        }
        return GenderCategory.OTHER;
    }

    @Override
    public String toString() {
        return selfDescription;
    }
}
