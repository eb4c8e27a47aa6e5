package org.msptoolkit.cli.internal.report;

import java.util.List;

/**
 * A single self-contained XHTML page (well-formed XML served as HTML5): inline CSS, no scripts and
 * no external resources, so it opens offline and can be attached to an e-mail. Every text method
 * escapes its argument; only {@link #svg(String...)} takes markup, from {@link SvgCharts}.
 */
public final class XhtmlPage {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;margin:2rem auto;\
            padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
            th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f4f6f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .muted{color:#666}.ok{color:#2e8b57}.bad{color:#c0392b}.charts{display:flex;flex-wrap:wrap;gap:1rem}
            code{background:#f4f6f8;padding:0 .2rem}
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    private XhtmlPage(String title) {
        this.title = title;
    }

    /**
     * A page whose {@code <title>} and first heading are {@code title}.
     *
     * @param title the page title, escaped
     * @return the page
     */
    public static XhtmlPage titled(String title) {
        XhtmlPage page = new XhtmlPage(title);
        page.body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        return page;
    }

    /**
     * Adds a section heading.
     *
     * @param text the heading, escaped
     * @return this page
     */
    public XhtmlPage h2(String text) {
        body.append("<h2>").append(Html.escape(text)).append("</h2>\n");
        return this;
    }

    /**
     * Adds a paragraph.
     *
     * @param text the paragraph, escaped
     * @return this page
     */
    public XhtmlPage p(String text) {
        body.append("<p>").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    /**
     * Adds a paragraph with a CSS class, e.g. {@code muted}, {@code ok} or {@code bad}.
     *
     * @param cssClass the class
     * @param text the paragraph, escaped
     * @return this page
     */
    public XhtmlPage p(String cssClass, String text) {
        body.append("<p class=\"")
                .append(Html.escape(cssClass))
                .append("\">")
                .append(Html.escape(text))
                .append("</p>\n");
        return this;
    }

    /**
     * Adds a bulleted list.
     *
     * @param items the items, escaped
     * @return this page
     */
    public XhtmlPage ul(List<String> items) {
        body.append("<ul>\n");
        for (String item : items) {
            body.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        body.append("</ul>\n");
        return this;
    }

    /**
     * Adds a table; cells that parse as numbers are right-aligned.
     *
     * @param headers the column headers, escaped
     * @param rows the rows, each as long as {@code headers}, escaped
     * @return this page
     */
    public XhtmlPage table(List<String> headers, List<List<String>> rows) {
        body.append("<table>\n<thead><tr>");
        for (String h : headers) {
            body.append("<th>").append(Html.escape(h)).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                body.append(isNumber(cell) ? "<td class=\"num\">" : "<td>")
                        .append(Html.escape(cell))
                        .append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /**
     * Adds charts side by side.
     *
     * @param svgs {@code <svg>} elements made by {@link SvgCharts}
     * @return this page
     */
    public XhtmlPage svg(String... svgs) {
        body.append("<div class=\"charts\">\n");
        for (String svg : svgs) {
            body.append(svg);
        }
        body.append("</div>\n");
        return this;
    }

    /**
     * Returns the whole document, starting with {@code <!DOCTYPE html>}.
     *
     * @return the whole document, starting with {@code <!DOCTYPE html>}
     */
    public String render() {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "<p class=\"muted\">Made with msp-toolkit.</p>\n</body>\n</html>\n";
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?%?");
    }

    @Override
    public String toString() {
        return "XhtmlPage[" + title + ", " + body.length() + " characters]";
    }
}
