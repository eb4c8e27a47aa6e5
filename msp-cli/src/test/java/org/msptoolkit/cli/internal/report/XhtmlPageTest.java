package org.msptoolkit.cli.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.cli.Xhtml;
import org.w3c.dom.Document;

class XhtmlPageTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"Co\" 'x'";

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape(HOSTILE))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;x&#39;");
        assertThat(Html.escape("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
    }

    @Test
    void aPageFullOfHostileTextParsesAndShowsItAsText() {
        List<ChartValue> values = List.of(ChartValue.of(HOSTILE, 0.5), ChartValue.of("b", 1), ChartValue.missing("c"));
        String html = XhtmlPage.titled(HOSTILE)
                .h2(HOSTILE)
                .p(HOSTILE)
                .p("bad", HOSTILE)
                .ul(List.of(HOSTILE))
                .table(List.of(HOSTILE, "score"), List.of(List.of(HOSTILE, "50%")))
                .svg(SvgCharts.bar(HOSTILE, values), SvgCharts.radar(HOSTILE, values))
                .render();
        Document doc = Xhtml.parse(html);
        assertThat(Xhtml.count(doc, "script")).isZero();
        assertThat(Xhtml.count(doc, "svg")).isEqualTo(2);
        assertThat(Xhtml.text(doc, "title")).contains(HOSTILE);
        assertThat(Xhtml.text(doc, "td")).contains(HOSTILE, "50%");
        assertThat(html).doesNotContain("<script").startsWith("<!DOCTYPE html>");
        String withoutNamespaces =
                html.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", "");
        assertThat(withoutNamespaces).as("no external resources").doesNotContain("http:", "https:", " src=", " href=");
    }

    @Test
    void barLengthsAreProportionalToTheScores() {
        String svg =
                SvgCharts.bar("t", List.of(ChartValue.of("a", 0.25), ChartValue.of("b", 1), ChartValue.missing("c")));
        Document doc = Xhtml.parse(svg);
        assertThat(SvgCharts.shorten("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(SvgCharts.shorten("abc", 4)).isEqualTo("abc");
        // the filled bars: 0.25 and 1.0 of 360 pixels; the unmeasured one is an outline of full width
        assertThat(svg).contains("width=\"90.0\"", "width=\"360.0\"", "not measured", "25%", "100%");
        assertThat(Xhtml.count(doc, "rect")).isEqualTo(3);
    }

    @Test
    void radarPutsAFullScoreOnTheOuterRingAndAMissingOneAtTheCentre() {
        String svg = SvgCharts.radar(
                "t",
                List.of(
                        ChartValue.of("a", 1),
                        ChartValue.of("b", 0.5),
                        ChartValue.missing("c"),
                        ChartValue.of("d", 0)));
        // centre (380,230), radius 150: a=1 at the top (380,80); b=0.5 to the right (455,230); c, d at the centre
        assertThat(svg).contains("points=\"380.0,80.0 455.0,230.0 380.0,230.0 380.0,230.0\"", "c (not measured)");
        assertThatThrownBy(() -> SvgCharts.radar("t", List.of(ChartValue.of("a", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3");
    }

    @Test
    void chartValuesOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> ChartValue.of("x", 1.5))
                .hasMessageContaining("'x'")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> ChartValue.of("x", Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void markdownEscapesTablePipesAndHtml() {
        String md = Markdown.table(List.of("name", "score"), List.of(List.of("a|b <script>", "50%")));
        assertThat(md).isEqualTo("| name | score |\n| --- | --- |\n| a\\|b &lt;script&gt; | 50% |\n");
    }
}
