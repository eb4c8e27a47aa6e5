package org.msptoolkit.testkit.corpus;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How the processes of a generated corpus vary in size: the ranges of their participants, meetings and
 * records (decisions, commitments, documents, contributions), and how skewed the counts are within
 * those ranges.
 *
 * <p>Each count is drawn independently from a bounded power law on its range, with density
 * proportional to {@code x^-skew}. The default, {@link #clearingHouse()}, is <em>log-uniform</em>
 * ({@code skew = 1}): every factor of ten is equally likely, so most processes are small and a long
 * tail is big. Its ranges and the resulting medians and means:
 *
 * <table>
 * <caption>The clearing-house corpus shape (log-uniform)</caption>
 * <tr><th>count per process</th><th>range</th><th>median</th><th>mean</th></tr>
 * <tr><td>participants</td><td>10–2,000</td><td>141</td><td>375</td></tr>
 * <tr><td>meetings</td><td>5–300</td><td>38</td><td>72</td></tr>
 * <tr><td>decisions, commitments, documents, contributions (each)</td><td>10–500</td><td>70</td><td>125</td></tr>
 * <tr><td>stakeholders</td><td colspan="3">log-uniform between participants/20 and participants/4 (at least 1)</td></tr>
 * <tr><td>attendance of one meeting</td><td colspan="3">min(200, uniform from 0 to participants); not recorded for a quarter of the meetings</td></tr>
 * <tr><td>speaking turns of one meeting</td><td colspan="3">uniform from 0 to min(30, 3 × speakers), half the meetings</td></tr>
 * </table>
 *
 * <p>The other parts (consultations, funding, links to other processes) grow with the record count as
 * in {@link org.msptoolkit.testkit.ProcessGenerator}.
 *
 * @param participants the range of participants per process
 * @param meetings the range of meetings per process
 * @param records the range of decisions, of commitments, of documents and of contributions per process
 * @param skew the power-law exponent: 0 uniform, 1 log-uniform, 2 most processes near the minimum
 * @param attendanceCap the most participants recorded as attending one meeting
 * @param turnsCap the most speaking turns recorded for one meeting
 */
public record CorpusShape(
        CountRange participants,
        CountRange meetings,
        CountRange records,
        double skew,
        int attendanceCap,
        int turnsCap) {

    private static final CorpusShape CLEARING_HOUSE =
            new CorpusShape(CountRange.of(10, 2_000), CountRange.of(5, 300), CountRange.of(10, 500), 1.0, 200, 30);

    /**
     * Checks the parameters.
     *
     * @throws NullPointerException for a missing range
     * @throws IllegalArgumentException for a negative or non-finite skew or a negative cap
     */
    public CorpusShape {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(records, "records");
        if (!(skew >= 0 && Double.isFinite(skew))) {
            throw new IllegalArgumentException("skew must be a finite number >= 0, got " + skew);
        }
        if (attendanceCap < 0 || turnsCap < 0) {
            throw new IllegalArgumentException(
                    "caps must be >= 0, got attendance " + attendanceCap + ", turns " + turnsCap);
        }
    }

    /**
     * The default shape of a clearing house of process records: log-uniform 10–2,000 participants,
     * 5–300 meetings and 10–500 decisions, commitments, documents and contributions each.
     *
     * @return the clearing-house shape
     */
    public static CorpusShape clearingHouse() {
        return CLEARING_HOUSE;
    }

    /**
     * This shape with another skew.
     *
     * @param newSkew the power-law exponent (0 uniform, 1 log-uniform, 2 mostly small)
     * @return a new shape
     */
    public CorpusShape withSkew(double newSkew) {
        return new CorpusShape(participants, meetings, records, newSkew, attendanceCap, turnsCap);
    }

    /**
     * Draws the shape of one process; equal seeds give equal shapes.
     *
     * @param seed any number
     * @return the shape
     */
    public ProcessShape draw(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int p = participants.at(rnd.nextDouble(), skew);
        int fewestStakeholders = Math.max(1, p / 20);
        int stakeholders = CountRange.of(fewestStakeholders, Math.max(fewestStakeholders, p / 4))
                .at(rnd.nextDouble(), 1.0);
        int m = meetings.at(rnd.nextDouble(), skew);
        return new ProcessShape(
                stakeholders,
                p,
                m,
                Math.min(p, attendanceCap),
                turnsCap,
                records.at(rnd.nextDouble(), skew),
                records.at(rnd.nextDouble(), skew),
                records.at(rnd.nextDouble(), skew),
                records.at(rnd.nextDouble(), skew));
    }

    @Override
    public String toString() {
        return "CorpusShape(participants " + participants + ", meetings " + meetings + ", records " + records
                + ", skew " + skew + (skew == 1.0 ? " (log-uniform)" : "") + ", attendance <= " + attendanceCap
                + ", turns <= " + turnsCap + ")";
    }
}
