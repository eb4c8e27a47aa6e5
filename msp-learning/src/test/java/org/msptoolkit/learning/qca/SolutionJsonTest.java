package org.msptoolkit.learning.qca;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link Solution#toJson()} read back as JSON, on the crisp Lipset table (R QCA: {@code DEV*STB <-> SURV}). */
class SolutionJsonTest {

    @Test
    void crispLipsetParsimoniousSolutionAsJson() {
        TruthTable tt = TruthTable.builder(Lipset.table("LC.csv"), "SURV").build();
        JsonNode json = JsonMapper.shared()
                .readTree(Qca.minimise(tt, MinimiseOptions.parsimonious()).toJson());
        assertThat(json.get("type").asString()).isEqualTo("parsimonious");
        assertThat(json.get("outcome").asString()).isEqualTo("SURV");
        assertThat(json.get("conditions").toString()).isEqualTo("[\"DEV\",\"URB\",\"LIT\",\"IND\",\"STB\"]");
        assertThat(json.get("truncated").asBoolean()).isFalse();
        assertThat(json.get("models")).hasSize(1);
        JsonNode model = json.get("models").get(0);
        assertThat(model.get("terms").toString()).isEqualTo("[\"DEV*STB\"]");
        assertThat(model.get("inclS").asDouble()).isEqualTo(1.0);
        assertThat(model.get("covS").asDouble()).isEqualTo(1.0);
        JsonNode term = model.get("fit").get(0);
        assertThat(term.get("term").asString()).isEqualTo("DEV*STB");
        // inclS = covS = 1, so the cases are exactly those with SURV = 1 in LC.csv
        assertThat(term.get("cases").toString()).isEqualTo("[\"BE\",\"CZ\",\"FI\",\"FR\",\"IE\",\"NL\",\"SE\",\"UK\"]");
    }

    @Test
    void textWithQuotesAndNewlinesIsEscaped() {
        CaseTable data = CaseTable.parseCsv("case,A,OUT\n\"say \"\"hi\"\"\nthere\",1,1\nb,0,0\n", "t.csv");
        TruthTable tt = TruthTable.builder(data, "OUT").build();
        JsonNode json = JsonMapper.shared()
                .readTree(Qca.minimise(tt, MinimiseOptions.conservative()).toJson());
        assertThat(json.get("models")
                        .get(0)
                        .get("fit")
                        .get(0)
                        .get("cases")
                        .get(0)
                        .asString())
                .isEqualTo("say \"hi\"\nthere");
    }
}
