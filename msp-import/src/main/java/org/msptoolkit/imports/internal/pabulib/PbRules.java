package org.msptoolkit.imports.internal.pabulib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The winner-determination rules of Pabulib's {@code rule} key, as the Pabulib format page and the
 * Method of Equal Shares reference implementation (equalshares.net) define them. Projects are given
 * by index in file order; ties are broken by file order (stable sort), as Pabulib's own checker does.
 */
final class PbRules {
    /** Tolerance for sums of decimal costs ({@code 770039.52}). */
    private static final double EPS = 1e-6;

    private PbRules() {}

    /**
     * {@code greedy}: projects by score, highest first; each is funded if its score reaches the
     * threshold and its cost fits in what is left of the budget, otherwise skipped (not stopping).
     *
     * @return the funded projects' indices, in the order funded
     */
    static List<Integer> greedy(double[] costs, double[] scores, double budget, double threshold) {
        Integer[] order = new Integer[costs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        List<Integer> won = new ArrayList<>();
        double left = budget;
        for (int i : order) {
            if (scores[i] >= threshold && costs[i] <= left + EPS) {
                won.add(i);
                left -= costs[i];
            }
        }
        return won;
    }

    /**
     * The Method of Equal Shares for approval ballots with cost utilities (equalshares.net), with a
     * fixed budget: every voter gets an equal share of {@code budget}; repeatedly the project whose
     * supporters can pay for it with the smallest largest payment ρ is funded, each supporter paying
     * ρ or all they have left; stops when no project can be paid for.
     *
     * @param ballots each voter's approved project indices
     * @return the funded projects' indices, in the order funded
     */
    static List<Integer> equalShares(double[] costs, List<int[]> ballots, double budget) {
        int n = ballots.size();
        int m = costs.length;
        if (n == 0) {
            return List.of();
        }
        int[][] approvers = approvers(m, ballots);
        double[] money = new double[n];
        Arrays.fill(money, budget / n);
        Map<Integer, Double> remaining = new LinkedHashMap<>();
        for (int c = 0; c < m; c++) {
            if (costs[c] > 0 && approvers[c].length > 0) {
                remaining.put(c, (double) approvers[c].length);
            }
        }
        List<Integer> winners = new ArrayList<>();
        while (true) {
            int best = -1;
            double bestEff = 0;
            List<Integer> sorted = new ArrayList<>(remaining.keySet());
            sorted.sort(Comparator.comparingDouble((Integer c) -> -remaining.getOrDefault(c, 0.0)));
            for (int c : sorted) {
                double previous = remaining.getOrDefault(c, 0.0);
                if (previous < bestEff) {
                    break;
                }
                double behind = 0;
                for (int i : approvers[c]) {
                    behind += money[i];
                }
                if (behind < costs[c] - EPS) {
                    remaining.remove(c);
                    continue;
                }
                Integer[] byMoney = boxed(approvers[c]);
                Arrays.sort(byMoney, Comparator.comparingDouble(i -> money[i]));
                double paid = 0;
                int denominator = byMoney.length;
                for (int i : byMoney) {
                    double maxPayment = (costs[c] - paid) / denominator;
                    double eff = costs[c] / maxPayment;
                    if (maxPayment > money[i] + EPS) {
                        paid += money[i];
                        denominator--;
                    } else {
                        remaining.put(c, eff);
                        if (eff > bestEff + EPS) {
                            bestEff = eff;
                            best = c;
                        }
                        break;
                    }
                }
            }
            if (best < 0) {
                return winners;
            }
            winners.add(best);
            remaining.remove(best);
            double rho = costs[best] / bestEff;
            for (int i : approvers[best]) {
                money[i] = Math.max(0, money[i] - rho);
            }
        }
    }

    /**
     * {@code equalshares/add1}: the Method of Equal Shares, its per-voter budget raised by one
     * currency unit at a time (the budget by the number of voters) while the outcome is not exhaustive
     * and the raised outcome still costs no more than the real budget; the last affordable outcome.
     */
    static List<Integer> equalSharesAdd1(double[] costs, List<int[]> ballots, double budget) {
        int n = ballots.size();
        if (n == 0) {
            return List.of();
        }
        double virtual = n * Math.floor(budget / n);
        List<Integer> outcome = equalShares(costs, ballots, virtual);
        // Each round raises the virtual budget by n; once it exceeds the sum of all costs no outcome
        // can change, so the loop is bounded by the input (sum of costs / voters rounds).
        double allCosts = Arrays.stream(costs).sum();
        while (!exhaustive(costs, outcome, budget) && virtual <= allCosts + n) {
            double next = virtual + n;
            List<Integer> raised = equalShares(costs, ballots, next);
            if (cost(costs, raised) <= budget + EPS) {
                virtual = next;
                outcome = raised;
            } else {
                break;
            }
        }
        return outcome;
    }

    static double cost(double[] costs, List<Integer> chosen) {
        double s = 0;
        for (int c : chosen) {
            s += costs[c];
        }
        return s;
    }

    private static boolean exhaustive(double[] costs, List<Integer> chosen, double budget) {
        double spent = cost(costs, chosen);
        for (int c = 0; c < costs.length; c++) {
            if (!chosen.contains(c) && spent + costs[c] <= budget + EPS) {
                return false;
            }
        }
        return true;
    }

    private static int[][] approvers(int m, List<int[]> ballots) {
        int[] counts = new int[m];
        for (int[] b : ballots) {
            for (int p : b) {
                counts[p]++;
            }
        }
        int[][] out = new int[m][];
        for (int c = 0; c < m; c++) {
            out[c] = new int[counts[c]];
        }
        int[] fill = new int[m];
        for (int i = 0; i < ballots.size(); i++) {
            for (int p : ballots.get(i)) {
                out[p][fill[p]++] = i;
            }
        }
        return out;
    }

    private static Integer[] boxed(int[] a) {
        Integer[] b = new Integer[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }
}
