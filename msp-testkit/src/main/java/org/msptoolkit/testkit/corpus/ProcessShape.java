package org.msptoolkit.testkit.corpus;

/**
 * The exact dimensions of one generated process: how many stakeholders, participants and meetings it
 * has, how many contributions, decisions, commitments and documents it records, and caps on the people
 * recorded as attending one meeting and on the speaking turns of one meeting.
 *
 * <p>{@link org.msptoolkit.testkit.ProcessGenerator#ofShape(long, ProcessShape)} makes a valid process of
 * exactly this shape; {@link CorpusShape} draws shapes for a whole corpus.
 *
 * @param stakeholders how many stakeholders take part (at least 1)
 * @param participants how many people represent them (at least 1)
 * @param meetings how many meetings were held (0 or more)
 * @param maxAttendance the most participants recorded as attending one meeting (0 or more)
 * @param maxSpeakingTurns the most speaking turns recorded for one meeting (0 or more)
 * @param contributions how many contributions (inputs) stakeholders made (0 or more)
 * @param decisions how many decisions were taken (0 or more)
 * @param commitments how many commitments stakeholders made (0 or more)
 * @param documents how many documents the process produced (0 or more)
 */
public record ProcessShape(
        int stakeholders,
        int participants,
        int meetings,
        int maxAttendance,
        int maxSpeakingTurns,
        int contributions,
        int decisions,
        int commitments,
        int documents) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException naming every count out of range
     */
    public ProcessShape {
        StringBuilder bad = new StringBuilder();
        atLeast(bad, "stakeholders", stakeholders, 1);
        atLeast(bad, "participants", participants, 1);
        atLeast(bad, "meetings", meetings, 0);
        atLeast(bad, "maxAttendance", maxAttendance, 0);
        atLeast(bad, "maxSpeakingTurns", maxSpeakingTurns, 0);
        atLeast(bad, "contributions", contributions, 0);
        atLeast(bad, "decisions", decisions, 0);
        atLeast(bad, "commitments", commitments, 0);
        atLeast(bad, "documents", documents, 0);
        if (bad.length() > 0) {
            throw new IllegalArgumentException("process shape out of range: " + bad);
        }
    }

    private static void atLeast(StringBuilder bad, String name, int value, int min) {
        if (value < min) {
            bad.append(bad.length() == 0 ? "" : "; ")
                    .append(name)
                    .append(" is ")
                    .append(value)
                    .append(", must be at least ")
                    .append(min);
        }
    }

    @Override
    public String toString() {
        return "ProcessShape(" + stakeholders + " stakeholders, " + participants + " participants, " + meetings
                + " meetings (attendance <= " + maxAttendance + ", turns <= " + maxSpeakingTurns + "), "
                + contributions + " contributions, " + decisions + " decisions, " + commitments + " commitments, "
                + documents + " documents)";
    }
}
