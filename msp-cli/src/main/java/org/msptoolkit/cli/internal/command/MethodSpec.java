package org.msptoolkit.cli.internal.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.composite.Aggregation;
import org.msptoolkit.composite.Imputation;
import org.msptoolkit.composite.Normalisation;

/**
 * Parses the method names of {@code msp index}: {@code NAME} or {@code NAME:ARG,ARG}, e.g.
 * {@code minmax:0,100}, {@code dist2ref:DEU}, {@code genmean:2}.
 */
final class MethodSpec {
    /** The normalisation methods, as listed in the help. */
    static final String NORMALISATIONS = "minmax[:L,U], zscore[:M,SD], rank, borda, prank, fracmax, dist2max, "
            + "dist2ref:UNITCODE, dist2targ, goalposts:L,U[,A], scaled:L,U, none";
    /** The aggregation methods, as listed in the help. */
    static final String AGGREGATIONS = "amean, gmean, hmean, genmean:P, copeland";

    private MethodSpec() {}

    static Normalisation normalisation(String spec) {
        String name = name(spec);
        String[] a = args(spec);
        return switch (name) {
            case "minmax" ->
                a.length == 0 ? Normalisation.minMax() : Normalisation.minMax(num(spec, a, 0, 2), num(spec, a, 1, 2));
            case "zscore" ->
                a.length == 0 ? Normalisation.zScore() : Normalisation.zScore(num(spec, a, 0, 2), num(spec, a, 1, 2));
            case "rank" -> none(spec, a, Normalisation.rank());
            case "borda" -> none(spec, a, Normalisation.borda());
            case "prank" -> none(spec, a, Normalisation.percentRank());
            case "fracmax" -> none(spec, a, Normalisation.fractionOfMax());
            case "dist2max" -> none(spec, a, Normalisation.distanceToMax());
            case "dist2ref" -> {
                if (a.length != 1 || a[0].isBlank()) {
                    throw new CliInputException("'" + spec + "': dist2ref needs a unit code, e.g. dist2ref:DEU");
                }
                yield Normalisation.distanceToReference(a[0].trim(), false);
            }
            case "dist2targ" -> none(spec, a, Normalisation.distanceToTarget(false));
            case "goalposts" -> {
                if (a.length != 2 && a.length != 3) {
                    throw new CliInputException("'" + spec + "': goalposts needs L,U or L,U,A, e.g. goalposts:0,100,1");
                }
                yield Normalisation.goalposts(
                        num(spec, a, 0, a.length),
                        num(spec, a, 1, a.length),
                        a.length == 3 ? num(spec, a, 2, 3) : 1,
                        true);
            }
            case "scaled" -> Normalisation.scaled(num(spec, a, 0, 2), num(spec, a, 1, 2));
            case "none" -> none(spec, a, Normalisation.none());
            default ->
                throw new CliInputException("unknown normalisation '" + spec + "': use one of " + NORMALISATIONS);
        };
    }

    @SuppressWarnings("StringSplitter") // an empty trailing spec is dropped, as the usage says nothing of it
    static List<Aggregation> aggregations(String specs) {
        List<Aggregation> out = new ArrayList<>();
        for (String spec : specs.split(",")) {
            out.add(aggregation(spec.trim()));
        }
        return out;
    }

    static Aggregation aggregation(String spec) {
        String name = name(spec);
        String[] a = args(spec);
        return switch (name) {
            case "amean" -> none(spec, a, Aggregation.arithmetic());
            case "gmean" -> none(spec, a, Aggregation.geometric());
            case "hmean" -> none(spec, a, Aggregation.harmonic());
            case "genmean" -> Aggregation.generalisedMean(num(spec, a, 0, 1));
            case "copeland" -> none(spec, a, Aggregation.copeland());
            default ->
                throw new CliInputException("unknown aggregation '" + spec + "': use one of " + AGGREGATIONS
                        + " (one for all levels, or one per level separated by commas)");
        };
    }

    /**
     * Returns the method and, when given, the group column.
     *
     * @param spec {@code mean}, {@code median}, or either followed by {@code :GROUPCOLUMN}
     * @return the method and, when given, the group column
     */
    static Imputation imputation(String spec) {
        return switch (name(spec)) {
            case "mean" -> Imputation.MEAN;
            case "median" -> Imputation.MEDIAN;
            default ->
                throw new CliInputException(
                        "unknown imputation '" + spec + "': use mean, median, mean:GROUP or median:GROUP");
        };
    }

    static String name(String spec) {
        int colon = spec.indexOf(':');
        return (colon < 0 ? spec : spec.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    static String[] args(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0
                ? new String[0]
                : Arrays.stream(spec.substring(colon + 1).split(","))
                        .map(String::trim)
                        .toArray(String[]::new);
    }

    private static <T> T none(String spec, String[] a, T method) {
        if (a.length > 0) {
            throw new CliInputException("'" + spec + "': " + name(spec) + " takes no arguments");
        }
        return method;
    }

    private static double num(String spec, String[] a, int i, int expected) {
        if (a.length != expected) {
            throw new CliInputException("'" + spec + "': " + name(spec) + " needs " + expected + " number"
                    + (expected == 1 ? "" : "s") + " after the colon, separated by commas");
        }
        try {
            double d = Double.parseDouble(a[i]);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new CliInputException("'" + spec + "': '" + a[i] + "' is not a number");
        }
    }
}
