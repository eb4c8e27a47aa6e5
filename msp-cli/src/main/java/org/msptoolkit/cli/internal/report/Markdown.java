package org.msptoolkit.cli.internal.report;

import java.util.List;

/** Markdown building blocks with escaping of user-supplied text (tables, inline markup, HTML). */
public final class Markdown {
    private Markdown() {}

    /**
     * Escapes text for a Markdown paragraph or table cell: backslash-escapes Markdown punctuation,
     * escapes {@code < > &} so raw HTML is not rendered, and turns line breaks into spaces.
     *
     * @param text any text
     * @return the text, shown literally by Markdown renderers
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!' ->
                    b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A GitHub-flavoured Markdown table.
     *
     * @param headers column headers, escaped
     * @param rows rows as long as {@code headers}, escaped
     * @return the table, ending with a newline
     */
    public static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(b, headers);
        b.append('|');
        for (int i = 0; i < headers.size(); i++) {
            b.append(" --- |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            row(b, r);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(escape(c)).append(" |");
        }
        b.append('\n');
    }
}
