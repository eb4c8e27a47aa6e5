package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code msp evaluate}, {@code check} and {@code compare}. */
public enum ReportFormat {
    /** Plain text for the terminal. */
    text,
    /** JSON, for programs. */
    json,
    /** CSV, for spreadsheets, R and pandas. */
    csv,
    /** Markdown, for wikis and issue trackers. */
    md,
    /** One self-contained HTML page with charts. */
    html;

    /**
     * The format the user asked for, else the one the output file's extension names, else the fallback.
     *
     * @param asked the {@code --format} option
     * @param output the {@code -o} file
     * @param fallback the command's default
     * @return the format
     */
    static ReportFormat choose(Optional<ReportFormat> asked, Optional<Path> output, ReportFormat fallback) {
        if (asked.isPresent()) {
            return asked.get();
        }
        if (output.isPresent()) {
            String name = output.get().getFileName().toString().toLowerCase(Locale.ROOT);
            for (ReportFormat f : values()) {
                if (name.endsWith("." + f.name())
                        || (f == html && name.endsWith(".htm"))
                        || (f == md && name.endsWith(".markdown"))
                        || (f == text && name.endsWith(".txt"))) {
                    return f;
                }
            }
        }
        return fallback;
    }
}
