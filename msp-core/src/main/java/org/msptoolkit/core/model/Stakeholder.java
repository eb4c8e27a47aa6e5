package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;

/**
 * A stakeholder: an organisation, constituency or individual with an interest in a decision, as
 * those who influence it or are affected by it (Hemmati et al. 2002). Each belongs to one
 * {@link StakeholderGroup}, e.g. a Major Group.
 *
 * <pre>{@code
 * Stakeholder.of("icftu", "ICFTU", StakeholderGroup.WORKERS_AND_TRADE_UNIONS)
 *     .withCountries("BE").withLevels(Level.INTERNATIONAL).withConstituencySize(157_000_000);
 * }</pre>
 *
 * @param id unique within the process
 * @param name the organisation's or constituency's name
 * @param group the stakeholder group it belongs to
 * @param kind organisation, constituency or individual
 * @param sectors issue areas it works in
 * @param levels levels at which it acts
 * @param countries countries where it is based or acts
 * @param constituencySize how many people or members it represents, if known (positive)
 * @param publicAuthority whether it is a public authority (a government, local authority or
 *     intergovernmental body), used for balance between public authorities and other stakeholders
 */
public record Stakeholder(
        StakeholderId id,
        @NotBlank String name,
        StakeholderGroup group,
        StakeholderKind kind,
        Set<Sector> sectors,
        Set<Level> levels,
        Set<Country> countries,
        Optional<@Positive Long> constituencySize,
        boolean publicAuthority) {

    /** Checks that no component is {@code null} and copies the sets. */
    public Stakeholder {
        Checks.notNull(id, "stakeholder id");
        Checks.notNull(name, "stakeholder name");
        Checks.notNull(group, "stakeholder group");
        Checks.notNull(kind, "stakeholder kind");
        sectors = Checks.orderedSet(sectors, "sectors");
        levels = Checks.orderedSet(levels, "levels");
        countries = Checks.orderedSet(countries, "countries");
        Checks.optional(constituencySize, "constituencySize");
    }

    /**
     * An organisation in {@code group}, with no sectors, levels or countries yet. It is a public
     * authority when the group is governments, local authorities or intergovernmental organisations.
     *
     * @param id unique id within the process
     * @param name the organisation's name
     * @param group its stakeholder group
     * @return the stakeholder
     */
    public static Stakeholder of(String id, String name, StakeholderGroup group) {
        Checks.notNull(group, "stakeholder group");
        boolean publicAuthority = group.category() == StakeholderGroup.Category.GOVERNMENT
                || group.category() == StakeholderGroup.Category.INTERGOVERNMENTAL
                || group.equals(StakeholderGroup.LOCAL_AUTHORITIES);
        return new Stakeholder(StakeholderId.of(id), name, group, StakeholderKind.ORGANISATION, Set.of(), Set.of(),
                Set.of(), Optional.empty(), publicAuthority);
    }

    /** @param value the new kind @return a copy with that kind */
    public Stakeholder withKind(StakeholderKind value) {
        return new Stakeholder(id, name, group, value, sectors, levels, countries, constituencySize, publicAuthority);
    }

    /** @param value the sectors @return a copy working in those sectors */
    public Stakeholder withSectors(Sector... value) {
        return new Stakeholder(id, name, group, kind, ordered(value, "sectors"), levels, countries, constituencySize,
                publicAuthority);
    }

    /** @param value the levels @return a copy acting at those levels */
    public Stakeholder withLevels(Level... value) {
        return new Stakeholder(id, name, group, kind, sectors, ordered(value, "levels"), countries, constituencySize,
                publicAuthority);
    }

    /** @param codes ISO 3166-1 alpha-2 codes @return a copy based in those countries */
    public Stakeholder withCountries(String... codes) {
        return new Stakeholder(id, name, group, kind, sectors, levels,
                ordered(Arrays.stream(Checks.notNull(codes, "countries")).map(Country::of).toArray(Country[]::new), "countries"),
                constituencySize, publicAuthority);
    }

    /** @param value people or members represented @return a copy with that constituency size */
    public Stakeholder withConstituencySize(long value) {
        return new Stakeholder(id, name, group, kind, sectors, levels, countries, Optional.of(value), publicAuthority);
    }

    /** @param value whether a public authority @return a copy with that flag */
    public Stakeholder withPublicAuthority(boolean value) {
        return new Stakeholder(id, name, group, kind, sectors, levels, countries, constituencySize, value);
    }

    /** The values in the order given (duplicates dropped); a {@code null} is named by the constructor's check. */
    private static <T> Set<T> ordered(T[] values, String name) {
        return new LinkedHashSet<>(Arrays.asList(Checks.notNull(values, name)));
    }

    @Override
    public String toString() {
        return id + " \"" + name + "\" (" + group + (publicAuthority ? ", public authority" : "") + ")";
    }
}
