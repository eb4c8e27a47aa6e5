package org.msptoolkit.testkit;

/**
 * How big a generated {@link org.msptoolkit.core.model.MspProcess} is, from a handful of people around
 * a table to a global conference. Each size fixes the ranges from which {@link ProcessGenerator} draws
 * the number of stakeholders, participants and meetings (uniformly, both ends included); the other
 * lists (contributions, decisions, commitments, documents, funding, links) grow with the size too.
 *
 * <table>
 * <caption>Ranges drawn from, per size</caption>
 * <tr><th>size</th><th>stakeholders</th><th>participants</th><th>meetings</th><th>attendance per meeting</th></tr>
 * <tr><td>TINY</td><td>1–3</td><td>1–5</td><td>0–2</td><td>any subset</td></tr>
 * <tr><td>SMALL</td><td>5–15</td><td>10–50</td><td>1–6</td><td>any subset</td></tr>
 * <tr><td>MEDIUM</td><td>20–60</td><td>100–500</td><td>3–15</td><td>any subset</td></tr>
 * <tr><td>LARGE</td><td>100–300</td><td>1,000–2,000</td><td>10–30</td><td>at most 2,000</td></tr>
 * <tr><td>HUGE</td><td>1,000–3,000</td><td>20,000–50,000</td><td>20–60</td><td>at most 5,000</td></tr>
 * </table>
 */
public enum ProcessSize {
    /** A handful of people: 1–5 participants of 1–3 stakeholders, 0–2 meetings. */
    TINY(1, 3, 1, 5, 0, 2, Integer.MAX_VALUE),
    /** A working group: 10–50 participants of 5–15 stakeholders, 1–6 meetings. */
    SMALL(5, 15, 10, 50, 1, 6, Integer.MAX_VALUE),
    /** A national dialogue: 100–500 participants of 20–60 stakeholders, 3–15 meetings. */
    MEDIUM(20, 60, 100, 500, 3, 15, Integer.MAX_VALUE),
    /** An international dialogue: 1,000–2,000 participants of 100–300 stakeholders, 10–30 meetings. */
    LARGE(100, 300, 1_000, 2_000, 10, 30, 2_000),
    /** A global conference: 20,000–50,000 participants of 1,000–3,000 stakeholders, 20–60 meetings. */
    HUGE(1_000, 3_000, 20_000, 50_000, 20, 60, 5_000);

    private final int minStakeholders;
    private final int maxStakeholders;
    private final int minParticipants;
    private final int maxParticipants;
    private final int minMeetings;
    private final int maxMeetings;
    private final int maxAttendance;

    ProcessSize(
            int minStakeholders,
            int maxStakeholders,
            int minParticipants,
            int maxParticipants,
            int minMeetings,
            int maxMeetings,
            int maxAttendance) {
        this.minStakeholders = minStakeholders;
        this.maxStakeholders = maxStakeholders;
        this.minParticipants = minParticipants;
        this.maxParticipants = maxParticipants;
        this.minMeetings = minMeetings;
        this.maxMeetings = maxMeetings;
        this.maxAttendance = maxAttendance;
    }

    /**
     * Returns the fewest stakeholders a process of this size has.
     *
     * @return the fewest stakeholders a process of this size has
     */
    public int minStakeholders() {
        return minStakeholders;
    }

    /**
     * Returns the most stakeholders a process of this size has.
     *
     * @return the most stakeholders a process of this size has
     */
    public int maxStakeholders() {
        return maxStakeholders;
    }

    /**
     * Returns the fewest participants a process of this size has.
     *
     * @return the fewest participants a process of this size has
     */
    public int minParticipants() {
        return minParticipants;
    }

    /**
     * Returns the most participants a process of this size has.
     *
     * @return the most participants a process of this size has
     */
    public int maxParticipants() {
        return maxParticipants;
    }

    /**
     * Returns the fewest meetings a process of this size has (edge shapes may have none).
     *
     * @return the fewest meetings a process of this size has (edge shapes may have none)
     */
    public int minMeetings() {
        return minMeetings;
    }

    /**
     * Returns the most meetings a process of this size has.
     *
     * @return the most meetings a process of this size has
     */
    public int maxMeetings() {
        return maxMeetings;
    }

    /**
     * Returns the most participants recorded as attending one meeting.
     *
     * @return the most participants recorded as attending one meeting
     */
    public int maxAttendance() {
        return maxAttendance;
    }

    /**
     * A count for the other lists (contributions, decisions, commitments, documents) scaled to this size.
     *
     * @return a typical upper bound of list length: 2, 10, 50, 200 or 800
     */
    int listScale() {
        return switch (this) {
            case TINY -> 2;
            case SMALL -> 10;
            case MEDIUM -> 50;
            case LARGE -> 200;
            case HUGE -> 800;
        };
    }
}
