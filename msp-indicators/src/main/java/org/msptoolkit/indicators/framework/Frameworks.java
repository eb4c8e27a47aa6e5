package org.msptoolkit.indicators.framework;

import java.util.List;
import java.util.Optional;
import org.msptoolkit.indicators.Criterion;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.OecdCriteria;
import org.msptoolkit.indicators.Principle;

/**
 * The built-in frameworks: {@code hemmati-2002} (the fifteen principles of Hemmati et al. 2002) and
 * {@code oecd-2021} (the three evaluation dimensions of the OECD 2021 Evaluation Guidelines for
 * Representative Deliberative Processes, with only the confirmed criteria). Both group the built-in
 * indicators by the principles and criteria each indicator declares.
 */
public final class Frameworks {
    /** Id of the Hemmati framework, {@value}. */
    public static final String HEMMATI_2002 = "hemmati-2002";
    /** Id of the OECD framework, {@value}. */
    public static final String OECD_2021 = "oecd-2021";

    private static final Framework HEMMATI = fromPrinciples(IndicatorRegistry.builtin());
    private static final Framework OECD = fromOecd(IndicatorRegistry.builtin());

    private Frameworks() {}

    /**
     * The fifteen principles of Hemmati et al. (2002), in the book's order; each group holds the built-in
     * indicators that declare that principle.
     *
     * @return the framework
     */
    public static Framework hemmati2002() {
        return HEMMATI;
    }

    /**
     * The OECD (2021) dimensions process design integrity, deliberative experience and pathways to impact;
     * each group holds the built-in indicators that declare a confirmed criterion of that dimension.
     *
     * @return the framework
     */
    public static Framework oecd2021() {
        return OECD;
    }

    /**
     * Returns both built-in frameworks.
     *
     * @return both built-in frameworks
     */
    public static List<Framework> builtIn() {
        return List.of(HEMMATI, OECD);
    }

    /**
     * Returns the built-in framework, or empty.
     *
     * @param id e.g. {@code "hemmati-2002"}
     * @return the built-in framework, or empty
     */
    public static Optional<Framework> find(String id) {
        return builtIn().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Groups a registry's indicators by the Hemmati principles they declare, so that third-party indicators
     * join the principle groups too. Principles without indicators get an empty group.
     *
     * @param registry the registry
     * @return a framework with id {@code hemmati-2002}
     */
    public static Framework fromPrinciples(IndicatorRegistry registry) {
        Framework.Builder b = Framework.builder(
                        HEMMATI_2002,
                        "Principles of stakeholder participation and " + "partnership (Hemmati et al. 2002)")
                .version("2002")
                .description("Hemmati, M. et al. (2002) Multi-stakeholder Processes for Governance and "
                        + "Sustainability, Earthscan, ch. 8 \"Short-Cut\"; principles 11-15 are partly confirmed "
                        + "or background knowledge (see Principle#confidence)");
        for (Principle p : Principle.values()) {
            b.group(new FrameworkGroup(
                    p.code(),
                    p.number() + ". " + p.label(),
                    registry.indicators().stream()
                            .filter(i -> i.principles().contains(p))
                            .map(Indicator::id)
                            .toList()));
        }
        return b.build();
    }

    /**
     * Groups a registry's indicators by the OECD (2021) dimension of the {@link OecdCriteria} they declare,
     * so that third-party indicators join the dimensions too.
     *
     * @param registry the registry
     * @return a framework with id {@code oecd-2021}
     */
    public static Framework fromOecd(IndicatorRegistry registry) {
        Framework.Builder b = Framework.builder(
                        OECD_2021, "Evaluation Guidelines for Representative " + "Deliberative Processes (OECD 2021)")
                .version("2021")
                .description("OECD (2021), DOI 10.1787/10ccbfcb-en; criteria: "
                        + OecdCriteria.all().stream().map(Criterion::code).toList());
        String[] labels = {"Process design integrity", "Deliberative experience", "Pathways to impact"};
        List<String> dims = OecdCriteria.dimensions();
        for (int d = 0; d < dims.size(); d++) {
            String dim = dims.get(d);
            b.group(new FrameworkGroup(
                    dim,
                    labels[d],
                    registry.indicators().stream()
                            .filter(i -> i.criteria().stream()
                                    .anyMatch(c -> c.framework().equals(OecdCriteria.FRAMEWORK)
                                            && c.dimension().equals(dim)))
                            .map(Indicator::id)
                            .toList()));
        }
        return b.build();
    }
}
