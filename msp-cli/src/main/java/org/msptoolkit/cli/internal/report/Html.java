package org.msptoolkit.cli.internal.report;

/** Escaping of user-supplied text for HTML, XHTML and SVG, in element content and attribute values. */
public final class Html {
    private Html() {}

    /**
     * Escapes {@code & < > " '} and drops characters XML does not allow (C0 controls other than tab,
     * newline and carriage return), so a stakeholder called {@code <script>alert(1)</script>} is shown
     * as text and never run.
     *
     * @param text any text
     * @return the text, safe inside an element or a quoted attribute
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }
}
