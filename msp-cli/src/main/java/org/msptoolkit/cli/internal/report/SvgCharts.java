package org.msptoolkit.cli.internal.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Inline SVG charts of scores between 0 and 1: a horizontal bar chart (any number of values, shows
 * what was not measured) and a radar chart (three values or more). No scripts, no external
 * resources: the charts render in any browser without network access.
 */
public final class SvgCharts {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int LABEL_WIDTH = 350;
    private static final int BAR_WIDTH = 360;
    private static final int ROW = 28;

    private SvgCharts() {}

    /**
     * A horizontal bar chart, one bar per value, labelled with the value as a percentage; values
     * that could not be measured are drawn as an empty outline marked "not measured".
     *
     * @param title the chart's accessible title
     * @param values the values, in display order
     * @return an {@code <svg>} element
     */
    public static String bar(String title, List<ChartValue> values) {
        int height = ROW * values.size() + 30;
        int width = LABEL_WIDTH + BAR_WIDTH + 70;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"")
                .append(SVG_NS)
                .append("\" class=\"chart bar\" font-family=\"sans-serif\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">\n");
        b.append("<title>").append(Html.escape(title)).append("</title>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL_WIDTH + BAR_WIDTH * tick / 100.0;
            b.append("<line x1=\"")
                    .append(num(x))
                    .append("\" y1=\"0\" x2=\"")
                    .append(num(x))
                    .append("\" y2=\"")
                    .append(height - 22)
                    .append("\" stroke=\"#ddd\"/>\n");
            b.append("<text x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(tick)
                    .append("</text>\n");
        }
        for (int i = 0; i < values.size(); i++) {
            ChartValue v = values.get(i);
            int y = i * ROW + 4;
            b.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" font-size=\"13\" text-anchor=\"end\">")
                    .append(Html.escape(shorten(v.label(), 48)))
                    .append("<title>")
                    .append(Html.escape(v.label()))
                    .append("</title></text>\n");
            if (v.value().isPresent()) {
                double w = BAR_WIDTH * v.value().getAsDouble();
                b.append("<rect x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(num(w))
                        .append("\" height=\"20\" fill=\"")
                        .append(colour(v.value().getAsDouble()))
                        .append("\">")
                        .append("<title>")
                        .append(Html.escape(v.label()))
                        .append(": ")
                        .append(percent(v.value().getAsDouble()))
                        .append("</title></rect>\n");
                b.append("<text x=\"")
                        .append(num(LABEL_WIDTH + w + 6))
                        .append("\" y=\"")
                        .append(y + 15)
                        .append("\" font-size=\"12\">")
                        .append(percent(v.value().getAsDouble()))
                        .append("</text>\n");
            } else {
                b.append("<rect x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(BAR_WIDTH)
                        .append("\" height=\"20\" fill=\"none\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n");
                b.append("<text x=\"")
                        .append(LABEL_WIDTH + 8)
                        .append("\" y=\"")
                        .append(y + 15)
                        .append("\" font-size=\"12\" fill=\"#777\">not measured</text>\n");
            }
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * A radar (spider) chart with one axis per value; unmeasured values are drawn at the centre and
     * their axis label is marked "(not measured)".
     *
     * @param title the chart's accessible title
     * @param values three values or more, clockwise from the top
     * @return an {@code <svg>} element
     * @throws IllegalArgumentException with fewer than three values
     */
    public static String radar(String title, List<ChartValue> values) {
        if (values.size() < 3) {
            throw new IllegalArgumentException("a radar chart needs at least 3 values, got " + values.size());
        }
        int size = 460;
        int width = 760; // room for long principle names left and right of the circle
        double cx = width / 2.0;
        double cy = size / 2.0;
        double r = 150;
        int n = values.size();
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"")
                .append(SVG_NS)
                .append("\" class=\"chart radar\" font-family=\"sans-serif\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(size)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(size)
                .append("\">\n");
        b.append("<title>").append(Html.escape(title)).append("</title>\n");
        for (int ring = 1; ring <= 4; ring++) {
            b.append("<polygon fill=\"none\" stroke=\"#ddd\" points=\"")
                    .append(points(cx, cy, r * ring / 4.0, n, null))
                    .append("\"/>\n");
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            b.append("<line x1=\"")
                    .append(num(cx))
                    .append("\" y1=\"")
                    .append(num(cy))
                    .append("\" x2=\"")
                    .append(num(x))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\" stroke=\"#ccc\"/>\n");
            double lx = cx + (r + 16) * Math.cos(a);
            double ly = cy + (r + 16) * Math.sin(a) + 4;
            String anchor = Math.abs(Math.cos(a)) < 0.2 ? "middle" : Math.cos(a) > 0 ? "start" : "end";
            ChartValue v = values.get(i);
            String label = shorten(v.label(), 26)
                    + (v.value().isPresent() ? " " + percent(v.value().getAsDouble()) : " (not measured)");
            b.append("<text x=\"")
                    .append(num(lx))
                    .append("\" y=\"")
                    .append(num(ly))
                    .append("\" font-size=\"12\" text-anchor=\"")
                    .append(anchor)
                    .append("\">")
                    .append(Html.escape(label))
                    .append("</text>\n");
        }
        b.append("<polygon fill=\"#2b7bb9\" fill-opacity=\"0.35\" stroke=\"#2b7bb9\" stroke-width=\"2\" points=\"")
                .append(points(cx, cy, r, n, values))
                .append("\"/>\n");
        return b.append("</svg>\n").toString();
    }

    private static String points(double cx, double cy, double r, int n, @Nullable List<ChartValue> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double f = values == null ? 1 : values.get(i).value().orElse(0);
            double a = angle(i, n);
            if (i > 0) {
                b.append(' ');
            }
            b.append(num(cx + r * f * Math.cos(a))).append(',').append(num(cy + r * f * Math.sin(a)));
        }
        return b.toString();
    }

    /**
     * Returns the label, cut with an ellipsis when longer than {@code max}.
     *
     * @param label a label
     * @param max the most characters to show
     * @return the label, cut with an ellipsis when longer than {@code max}
     */
    static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "\u2026";
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String colour(double v) {
        return v >= 0.66 ? "#2e8b57" : v >= 0.33 ? "#e0a526" : "#c0392b";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * A score as a whole percentage, e.g. {@code 0.734 -> "73%"}.
     *
     * @param v a value in [0, 1]
     * @return the percentage text
     */
    public static String percent(double v) {
        return Math.round(v * 100) + "%";
    }
}
