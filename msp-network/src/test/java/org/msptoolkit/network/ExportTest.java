package org.msptoolkit.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportTest {
    private static final ProcessNetwork NETWORK = ProcessNetwork.of(withPersons(Corpora.water()));
    private static final NetworkReport REPORT = NetworkAnalysis.defaults().analyse(NETWORK);

    /** The water corpus, with a named participant and an individual stakeholder in process A. */
    private static List<MspProcess> withPersons(List<MspProcess> ps) {
        MspProcess a = ps.get(0).toBuilder()
                .stakeholder(Stakeholder.of("jd", "Jordan Doe-Person", StakeholderGroup.NGOS)
                        .withKind(StakeholderKind.INDIVIDUAL))
                .participant(Participant.of("p1", "a1", Role.DELEGATE).withName("Amina Secret-Name"))
                .build();
        java.util.List<MspProcess> out = new java.util.ArrayList<>(ps);
        out.set(0, a);
        return out;
    }

    private static String write(NetworkView view, NetworkFormat format) {
        StringWriter w = new StringWriter();
        NetworkExport.of(NETWORK, REPORT).write(view, format, w);
        return w.toString();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static int nodes(NetworkView v) {
        return NetworkExport.of(NETWORK, REPORT).graph(v).vertexSet().size();
    }

    private static int ties(NetworkView v) {
        return NetworkExport.of(NETWORK, REPORT).graph(v).edgeSet().size();
    }

    @Test
    void viewsHaveTheExpectedSizes() {
        // 9 processes; stakeholders a1, a2, b1, ror:shared, c1, d1 (the individual is left out)
        assertThat(NETWORK.processes()).hasSize(9);
        assertThat(NETWORK.stakeholders()).hasSize(6);
        assertThat(NETWORK.excludedIndividuals()).isEqualTo(1);
        // two-mode: A–a1, A–a2, B–b1, B–shared, C–c1, D–d1, H–shared, plus the declared link E–A
        assertThat(ties(NetworkView.TWO_MODE)).isEqualTo(8);
        // process view: B–H shared, E–A declared, 8 missing links
        assertThat(ties(NetworkView.PROCESS)).isEqualTo(10);
        // stakeholder view: A's a1–a2, B's b1–shared
        assertThat(ties(NetworkView.STAKEHOLDER)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(NetworkView.class)
    void graphMlRoundTripsNodeAndTieCounts(NetworkView view) throws Exception {
        Document d = xml(write(view, NetworkFormat.GRAPHML));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(d.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(nodes(view));
        assertThat(d.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(ties(view));
        assertThat(d.getElementsByTagNameNS(ns, "key").getLength()).isGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(NetworkView.class)
    void gexfRoundTripsNodeAndTieCounts(NetworkView view) throws Exception {
        Document d = xml(write(view, NetworkFormat.GEXF));
        String ns = d.getDocumentElement().getNamespaceURI();
        assertThat(ns).isEqualTo("http://www.gexf.net/1.2draft");
        assertThat(d.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(nodes(view));
        assertThat(d.getElementsByTagNameNS(ns, "edge").getLength()).isEqualTo(ties(view));
        assertThat(d.getDocumentElement().getTextContent()).doesNotContain("Secret");
    }

    @Test
    void jsonNodeLinkCarriesNodesLinksAndMeasures() {
        JsonNode root = JsonMapper.builder().build().readTree(write(NetworkView.PROCESS, NetworkFormat.JSON));
        assertThat(root.get("directed").asBoolean()).isFalse();
        assertThat(root.get("nodes").size()).isEqualTo(nodes(NetworkView.PROCESS));
        assertThat(root.get("links").size()).isEqualTo(ties(NetworkView.PROCESS));
        assertThat(root.get("graph").get("measures").size())
                .isEqualTo(REPORT.measures().size());
        assertThat(root.get("graph").get("measures").get(0).get("source").asString())
                .contains("Hemmati");
        assertThat(root.get("graph")
                        .get("missingLinks")
                        .get("best")
                        .get(0)
                        .get("lower")
                        .asString())
                .isEqualTo("process:A");
        JsonNode a = root.get("nodes").get(0);
        assertThat(a.get("id").asString()).isEqualTo("process:A");
        assertThat(a.get("above").asInt()).isEqualTo(4);
    }

    @Test
    void csvHasAHeaderAndOneRowPerTie() {
        String csv = write(NetworkView.TWO_MODE, NetworkFormat.CSV);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("source,target,source_label,target_label,kinds,linkKinds,weight,start,end,rank");
        assertThat(lines).hasSize(1 + ties(NetworkView.TWO_MODE));
        assertThat(lines).anyMatch(l -> l.startsWith("process:A,stakeholder:A/a1,") && l.contains("participation"));
    }

    @Test
    void htmlIsSelfContainedXhtmlWithBandsAndDashedMissingLinks() throws Exception {
        String html = write(NetworkView.PROCESS, NetworkFormat.HTML);
        Document d = xml(html);
        assertThat(d.getElementsByTagName("script").getLength()).isZero();
        assertThat(d.getElementsByTagName("link").getLength()).isZero();
        assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("url(");
        String svg = "http://www.w3.org/2000/svg";
        assertThat(d.getElementsByTagNameNS(svg, "svg").getLength()).isEqualTo(1);
        assertThat(d.getElementsByTagNameNS(svg, "circle").getLength()).isEqualTo(9);
        long dashed = 0;
        var lines = d.getElementsByTagNameNS(svg, "line");
        for (int k = 0; k < lines.getLength(); k++) {
            if ("missing".equals(((org.w3c.dom.Element) lines.item(k)).getAttribute("class"))) {
                dashed++;
            }
        }
        assertThat(dashed).isEqualTo(8);
        assertThat(html)
                .contains("stroke-dasharray")
                .contains(">international<")
                .contains(">local<");
        assertThat(html).contains("#26BDE2"); // SDG 6's colour
    }

    @ParameterizedTest
    @EnumSource(NetworkFormat.class)
    void noPersonIsEverWritten(NetworkFormat format) {
        for (NetworkView view : NetworkView.values()) {
            String text = write(view, format);
            assertThat(text)
                    .doesNotContain("Amina")
                    .doesNotContain("Secret")
                    .doesNotContain("Jordan")
                    .doesNotContain("Doe-Person")
                    .doesNotContain("participant");
        }
    }

    @Test
    void fileNamesNameTheirFormat() {
        assertThat(NetworkFormat.forFileName("map.HTML")).contains(NetworkFormat.HTML);
        assertThat(NetworkFormat.forFileName("x.htm")).contains(NetworkFormat.HTML);
        assertThat(NetworkFormat.forFileName("n.graphml")).contains(NetworkFormat.GRAPHML);
        assertThat(NetworkFormat.forFileName("n.txt")).isEmpty();
    }
}
