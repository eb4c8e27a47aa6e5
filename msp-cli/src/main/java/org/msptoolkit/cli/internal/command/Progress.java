package org.msptoolkit.cli.internal.command;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for long runs, shown only when standard error is a terminal and
 * there are many items, so files and pipes never receive it.
 */
final class Progress {
    /** The total of a run whose length is not known in advance, e.g. a streamed corpus: only a count is shown. */
    static final long UNKNOWN = -1;

    private static final int MIN_ITEMS = 200;
    private final PrintWriter err;
    private final long total;
    private final boolean shown;
    private long done;
    private int lastPercent = -1;

    Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
        this.shown = (total == UNKNOWN || total >= MIN_ITEMS) && onTerminal();
    }

    /** Whether {@code msp} runs on a terminal (not with its streams redirected to files or pipes). */
    @SuppressWarnings("SystemConsoleNull") // Java 17: null when standard streams are not a terminal
    static boolean onTerminal() {
        return System.console() != null;
    }

    void step() {
        done++;
        if (!shown) {
            return;
        }
        if (total == UNKNOWN) {
            if (done % 1_000 == 0) {
                err.print("\r" + done + " processes");
                err.flush();
            }
            return;
        }
        int percent = (int) (done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent / 4;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    void done() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
