package org.msptoolkit.governance.decision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.governance.internal.Ratio;

/**
 * Chamber-weighted voting, as in the FSC General Assembly: members belong to chambers of equal weight,
 * each chamber may be split into sub-chambers of equal weight (FSC: North and South, 50% each), and
 * within a sub-chamber member classes share its weight in fixed proportions (FSC: organisations 90%,
 * individuals 10%), equally among the class's members. So an FSC organisational member weighs
 * {@code 1/3 × 1/2 × 0.9 / n_org(sub-chamber)}.
 *
 * <p>A motion is decided in order: (1) quorum — in every chamber the voting power present (for, against
 * or abstaining) must reach the quorum share of the chamber's weight; (2) chamber majority — in every
 * chamber the weight for must reach the threshold of the weight for and against (abstentions
 * excluded); (3) overall majority, if configured — the weight for must reach the threshold of all
 * weight for and against. Arithmetic is exact.
 *
 * <p>Ties and empty groups (documented choices; the FSC sources do not settle them): a chamber
 * majority "more than 1/2" fails on a tie; an overall "at least 2/3" passes at exactly 2/3. A chamber
 * where no weight is cast for or against has no majority, so the motion fails. A chamber without members
 * can never be quorate (NO_QUORUM) and, without a quorum rule, has no majority (REJECTED). The weight of
 * an empty sub-chamber or member class goes, by default ({@link EmptyGroups#REDISTRIBUTE}), to the other
 * sub-chambers of the chamber or classes of the sub-chamber in proportion; with {@link EmptyGroups#LOSE}
 * it is lost, which makes quorum harder.
 */
public final class ChamberVoting {
    /** What happens to the weight of a sub-chamber or member class that has no members. */
    public enum EmptyGroups {
        /** Shared among the non-empty sub-chambers of the chamber, or classes of the sub-chamber, in proportion. */
        REDISTRIBUTE,
        /** Lost: nobody holds it. */
        LOSE
    }

    private final String name;
    private final List<String> chambers;
    private final List<String> subChambers;
    private final Map<String, Integer> classes;
    private final Optional<Threshold> quorum;
    private final Threshold chamberMajority;
    private final Optional<Threshold> overallMajority;
    private final EmptyGroups emptyGroups;

    private ChamberVoting(Builder b) {
        this.name = b.name;
        this.chambers = List.copyOf(b.chambers);
        this.subChambers = List.copyOf(b.subChambers);
        this.classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.classes));
        this.quorum = Optional.ofNullable(b.quorum);
        this.chamberMajority = b.chamberMajority;
        this.overallMajority = Optional.ofNullable(b.overallMajority);
        this.emptyGroups = b.emptyGroups;
    }

    /**
     * The FSC General Assembly (domain facts §6): environmental, social and economic chambers of 1/3
     * each; North and South sub-chambers of 1/2 each; organisations 90% and individuals 10% of a
     * sub-chamber; quorum more than 50% of each chamber's voting power; more than 1/2 in each chamber
     * and at least 2/3 overall, abstentions excluded.
     *
     * @return the rules
     */
    public static ChamberVoting fscGeneralAssembly() {
        return builder("FSC General Assembly")
                .chambers("environmental", "social", "economic")
                .subChambers("north", "south")
                .memberClass("organisation", 90)
                .memberClass("individual", 10)
                .quorumPerChamber(Threshold.moreThan(1, 2))
                .chamberMajority(Threshold.moreThan(1, 2))
                .overallMajority(Threshold.atLeast(2, 3))
                .build();
    }

    /**
     * FSC Canada (domain facts §6): four chambers of equal weight (environmental, social, economic,
     * aboriginal); a motion needs more than 50% in each chamber. The sources give no quorum, sub-chambers
     * or member classes, so none are applied.
     *
     * @return the rules
     */
    public static ChamberVoting fscCanada() {
        return builder("FSC Canada")
                .chambers("environmental", "social", "economic", "aboriginal")
                .chamberMajority(Threshold.moreThan(1, 2))
                .build();
    }

    /**
     * Returns a builder.
     *
     * @param name the body's name
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(Checks.notBlank(name, "name"));
    }

    /**
     * Returns the chambers, in order.
     *
     * @return the chambers, in order
     */
    public List<String> chambers() {
        return chambers;
    }

    /**
     * Returns a description of the rules.
     *
     * @return a description of the rules
     */
    public String describe() {
        return name + ": " + chambers.size() + " chambers of equal weight " + chambers
                + (subChambers.isEmpty() ? "" : ", sub-chambers " + subChambers + " of equal weight")
                + (classes.isEmpty() ? "" : ", member classes " + classes + " (% of a sub-chamber)")
                + quorum.map(q -> "; quorum " + q + " of each chamber's voting power")
                        .orElse("")
                + "; " + chamberMajority + " in each chamber"
                + overallMajority.map(o -> " and " + o + " overall").orElse("") + ", abstentions excluded";
    }

    /**
     * The voting weight of every member on the roll, as a share of the whole body.
     *
     * @param roll the members entitled to vote
     * @return weight by member id, in roll order
     * @throws IllegalArgumentException listing every member with an unknown chamber, sub-chamber or class
     */
    public Map<String, Double> weights(List<Member> roll) {
        Map<String, Double> out = new LinkedHashMap<>();
        exactWeights(roll).forEach((k, v) -> out.put(k, v.toDouble()));
        return out;
    }

    private Map<String, Ratio> exactWeights(List<Member> roll) {
        Checks.list(roll, "roll");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Member m : roll) {
            if (!ids.add(m.id())) {
                problems.add("member " + m.id() + " is on the roll twice");
            }
            if (!chambers.contains(m.chamber())) {
                problems.add(
                        "member " + m.id() + ": unknown chamber \"" + m.chamber() + "\"; chambers are " + chambers);
            }
            if (subChambers.isEmpty() ? !m.subChamber().isEmpty() : !subChambers.contains(m.subChamber())) {
                problems.add("member " + m.id() + ": unknown sub-chamber \"" + m.subChamber() + "\"; sub-chambers are "
                        + (subChambers.isEmpty() ? "none" : subChambers));
            }
            if (classes.isEmpty() ? !m.memberClass().isEmpty() : !classes.containsKey(m.memberClass())) {
                problems.add("member " + m.id() + ": unknown member class \"" + m.memberClass() + "\"; classes are "
                        + (classes.isEmpty() ? "none" : classes.keySet()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
        }
        List<String> subs = subChambers.isEmpty() ? List.of("") : subChambers;
        Map<String, Integer> cls = classes.isEmpty() ? Map.of("", 100) : classes;
        Map<String, Integer> counts = new HashMap<>();
        roll.forEach(m -> counts.merge(key(m.chamber(), m.subChamber(), m.memberClass()), 1, Integer::sum));
        Ratio chamberW = Ratio.of(1, chambers.size());
        Map<String, Ratio> classWeight = new HashMap<>();
        for (String c : chambers) {
            List<String> liveSubs = subs.stream()
                    .filter(s -> cls.keySet().stream().anyMatch(k -> counts.containsKey(key(c, s, k))))
                    .toList();
            int subDen = emptyGroups == EmptyGroups.REDISTRIBUTE ? liveSubs.size() : subs.size();
            for (String s : liveSubs) {
                Ratio subW = chamberW.div(Ratio.of(subDen, 1));
                int pctDen = emptyGroups == EmptyGroups.REDISTRIBUTE
                        ? cls.entrySet().stream()
                                .filter(e -> counts.containsKey(key(c, s, e.getKey())))
                                .mapToInt(Map.Entry::getValue)
                                .sum()
                        : cls.values().stream().mapToInt(Integer::intValue).sum();
                for (var e : cls.entrySet()) {
                    Integer n = counts.get(key(c, s, e.getKey()));
                    if (n != null) {
                        classWeight.put(key(c, s, e.getKey()), subW.times(Ratio.of(e.getValue(), (long) pctDen * n)));
                    }
                }
            }
        }
        Map<String, Ratio> out = new LinkedHashMap<>();
        for (Member m : roll) {
            out.put(m.id(), classWeight.get(key(m.chamber(), m.subChamber(), m.memberClass())));
        }
        return out;
    }

    private static String key(String c, String s, String k) {
        return c + "\u0000" + s + "\u0000" + k;
    }

    /**
     * Decides a motion.
     *
     * @param roll every member entitled to vote, present or not
     * @param ballots the ballots of members present (for, against or abstain), by member id
     * @return the outcome, with every chamber's figures explained
     * @throws IllegalArgumentException if a ballot's voter is not on the roll, or the roll is malformed
     */
    public Outcome decide(List<Member> roll, List<Ballot> ballots) {
        Map<String, Ratio> w = exactWeights(roll);
        Checks.list(ballots, "ballots");
        Map<String, Member> byId = new HashMap<>();
        roll.forEach(m -> byId.put(m.id(), m));
        List<String> problems = new ArrayList<>();
        Set<String> voted = new HashSet<>();
        for (Ballot b : ballots) {
            if (!byId.containsKey(b.voter())) {
                problems.add("ballot by " + b.voter() + ", who is not on the roll");
            }
            if (!voted.add(b.voter())) {
                problems.add("member " + b.voter() + " voted twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
        }
        Ratio chamberW = Ratio.of(1, chambers.size());
        Map<String, EnumMap<Position, Ratio>> perChamber = new LinkedHashMap<>();
        for (String c : chambers) {
            EnumMap<Position, Ratio> t = new EnumMap<>(Position.class);
            for (Position position : Position.values()) {
                t.put(position, Ratio.ZERO);
            }
            perChamber.put(c, t);
        }
        for (Ballot b : ballots) {
            // Every voter is on the roll (checked above), and every member's chamber is one of the chambers.
            EnumMap<Position, Ratio> t = Objects.requireNonNull(
                    perChamber.get(Objects.requireNonNull(byId.get(b.voter())).chamber()));
            t.merge(b.position(), Objects.requireNonNull(w.get(b.voter())), Ratio::plus);
        }
        List<String> lines = new ArrayList<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        boolean quorate = true;
        for (String c : chambers) {
            EnumMap<Position, Ratio> t = Objects.requireNonNull(perChamber.get(c));
            Ratio present = t.values().stream().reduce(Ratio.ZERO, Ratio::plus).div(chamberW);
            figures.put(c + ".present", present.toDouble());
            if (quorum.isPresent()) {
                boolean met = quorum.get().isMetBy(present);
                quorate &= met;
                lines.add("quorum in " + c + ": " + pct(present) + " of its voting power present, " + quorum.get()
                        + " required — " + (met ? "met" : "not met")
                        + (roll.stream().noneMatch(m -> m.chamber().equals(c)) ? " (the chamber has no members)" : ""));
            }
        }
        if (!quorate) {
            return new Outcome(Result.NO_QUORUM, describe(), lines, figures);
        }
        boolean adopted = true;
        Ratio allFor = Ratio.ZERO;
        Ratio allCast = Ratio.ZERO;
        for (String c : chambers) {
            EnumMap<Position, Ratio> t = Objects.requireNonNull(perChamber.get(c));
            Ratio inFavour = Objects.requireNonNull(t.get(Position.FOR));
            Ratio cast = inFavour.plus(Objects.requireNonNull(t.get(Position.AGAINST)));
            allFor = allFor.plus(inFavour);
            allCast = allCast.plus(cast);
            if (cast.isZero()) {
                adopted = false;
                figures.put(c + ".for", 0.0);
                lines.add("majority in " + c + ": no voting power cast for or against — no majority");
                continue;
            }
            Ratio share = inFavour.div(cast);
            boolean met = chamberMajority.isMetBy(share);
            adopted &= met;
            figures.put(c + ".for", share.toDouble());
            lines.add("majority in " + c + ": " + pct(share) + " of the voting power cast is for, " + chamberMajority
                    + " required — " + (met ? "reached" : "not reached"));
        }
        Ratio overall = allCast.isZero() ? Ratio.ZERO : allFor.div(allCast);
        figures.put("overall.for", overall.toDouble());
        if (overallMajority.isPresent()) {
            boolean met = !allCast.isZero() && overallMajority.get().isMetBy(overall);
            adopted &= met;
            lines.add("overall: " + pct(overall) + " of the voting power cast is for, " + overallMajority.get()
                    + " required — " + (met ? "reached" : "not reached"));
        }
        return new Outcome(adopted ? Result.ADOPTED : Result.REJECTED, describe(), lines, figures);
    }

    private static String pct(Ratio r) {
        return String.format(Locale.ROOT, "%.2f%%", r.toDouble() * 100);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Collects the rules of a chamber system. */
    public static final class Builder {
        private final String name;
        private final List<String> chambers = new ArrayList<>();
        private final List<String> subChambers = new ArrayList<>();
        private final Map<String, Integer> classes = new LinkedHashMap<>();
        private @Nullable Threshold quorum;
        private Threshold chamberMajority = Threshold.moreThan(1, 2);
        private @Nullable Threshold overallMajority;
        private EmptyGroups emptyGroups = EmptyGroups.REDISTRIBUTE;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Returns this builder.
         *
         * @param names the chambers, of equal weight
         * @return this builder
         */
        public Builder chambers(String... names) {
            for (String n : Checks.notNull(names, "chambers")) {
                Checks.check(!chambers.contains(Checks.notBlank(n, "chamber")), "chamber " + n + " given twice");
                chambers.add(n);
            }
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param names sub-chambers of every chamber, of equal weight
         * @return this builder
         */
        public Builder subChambers(String... names) {
            for (String n : Checks.notNull(names, "sub-chambers")) {
                Checks.check(
                        !subChambers.contains(Checks.notBlank(n, "sub-chamber")), "sub-chamber " + n + " given twice");
                subChambers.add(n);
            }
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param name a member class, e.g. {@code organisation}
         * @param percent its share of a sub-chamber's weight, in percent
         * @return this builder
         */
        public Builder memberClass(String name, int percent) {
            Checks.check(
                    percent > 0 && percent <= 100,
                    "member class " + name + ": percent must be 1 to 100, got " + percent);
            Checks.check(
                    classes.put(Checks.notBlank(name, "member class"), percent) == null,
                    "member class " + name + " given twice");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value share of each chamber's voting power that must be present
         * @return this builder
         */
        public Builder quorumPerChamber(Threshold value) {
            this.quorum = Checks.notNull(value, "quorum");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value share of each chamber's cast weight that must be for
         * @return this builder
         */
        public Builder chamberMajority(Threshold value) {
            this.chamberMajority = Checks.notNull(value, "chamber majority");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value share of all cast weight that must be for
         * @return this builder
         */
        public Builder overallMajority(Threshold value) {
            this.overallMajority = Checks.notNull(value, "overall majority");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value what happens to the weight of empty sub-chambers and classes
         * @return this builder
         */
        public Builder emptyGroups(EmptyGroups value) {
            this.emptyGroups = Checks.notNull(value, "empty groups");
            return this;
        }

        /**
         * Returns the chamber system.
         *
         * @return the chamber system
         * @throws IllegalArgumentException if there are no chambers or class percentages do not add up to 100
         */
        public ChamberVoting build() {
            Checks.check(!chambers.isEmpty(), name + ": give at least one chamber");
            int sum = classes.values().stream().mapToInt(Integer::intValue).sum();
            Checks.check(
                    classes.isEmpty() || sum == 100,
                    name + ": member class percentages add up to " + sum + ", not 100");
            return new ChamberVoting(this);
        }
    }
}
