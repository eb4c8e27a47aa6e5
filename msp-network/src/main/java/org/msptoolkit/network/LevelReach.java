package org.msptoolkit.network;

import java.util.Objects;

/**
 * How connected one process is to the processes one level above and one level below it in its sector and place
 * (see {@link NetworkAnalysis#LEVEL_REACH}).
 *
 * @param process the process
 * @param above processes one level above, same sector and place
 * @param connectedAbove how many of those it is tied to (declared link or shared stakeholder)
 * @param below processes one level below, same sector and place
 * @param connectedBelow how many of those it is tied to
 * @since 0.2.0
 */
public record LevelReach(ProcessNode process, int above, int connectedAbove, int below, int connectedBelow) {
    /** Checks the components. */
    public LevelReach {
        Objects.requireNonNull(process, "process");
    }

    /**
     * Returns {@code connectedAbove / above}, NaN when nothing is above.
     *
     * @return the share of processes above that it is tied to
     */
    public double shareAbove() {
        return above == 0 ? Double.NaN : (double) connectedAbove / above;
    }

    /**
     * Returns {@code connectedBelow / below}, NaN when nothing is below.
     *
     * @return the share of processes below that it is tied to
     */
    public double shareBelow() {
        return below == 0 ? Double.NaN : (double) connectedBelow / below;
    }
}
