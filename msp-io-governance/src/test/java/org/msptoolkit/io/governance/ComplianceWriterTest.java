package org.msptoolkit.io.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.Compliance;
import org.msptoolkit.governance.ComplianceReport;
import org.msptoolkit.governance.RuleStatus;
import org.msptoolkit.io.MspFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ComplianceWriterTest {
    private static ComplianceReport csdAgainstEuPolicy() {
        MspProcess csd = MspFiles.readProcess(Path.of("..", "examples", "csd-1998-industry-dialogue.yaml"))
                .orElseThrow();
        Charter eu = CharterFiles.read(Path.of("..", "examples", "charters", "eu-consultation-policy.yaml"))
                .orElseThrow();
        return Compliance.check(csd, eu);
    }

    @Test
    void jsonHasOneResultPerRuleWithPointersIntoTheDocument() {
        ComplianceReport r = csdAgainstEuPolicy();
        JsonNode n = JsonMapper.builder().build().readTree(ComplianceWriter.json(r));
        assertThat(n.get("processId").stringValue()).isEqualTo("csd-6-1998-industry-dialogue");
        assertThat(n.get("charter").get("kind").stringValue()).isEqualTo("policy");
        assertThat(n.get("compliant").booleanValue()).isFalse();
        assertThat(n.get("counts").get("violated").intValue()).isEqualTo(2);
        assertThat(n.get("counts").get("not-applicable").intValue()).isZero();
        assertThat(n.get("results")).hasSize(4);
        JsonNode notice = n.get("results").get(1);
        assertThat(notice.get("kind").stringValue()).isEqualTo("participation.notice");
        assertThat(notice.get("outcome").stringValue()).isEqualTo("violated");
        JsonNode ev = notice.get("evidence").get(0);
        assertThat(ev.get("path").stringValue()).isEqualTo("meetings[0].noticeGiven");
        assertThat(ev.get("pointer").stringValue()).isEqualTo("/meetings/0/noticeGiven");
        assertThat(ev.get("message").stringValue()).contains("16 working days");
        assertThat(n.get("results").get(3).get("evidence")).isEmpty();
    }

    @Test
    void csvHasOneRowPerRule() {
        ComplianceReport r = csdAgainstEuPolicy();
        List<String> lines = ComplianceWriter.csv(r).lines().toList();
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ComplianceWriter.COLUMNS));
        assertThat(lines.get(2))
                .startsWith("csd-6-1998-industry-dialogue,Consultation policy (EU minimum standards)," + "2002,1,")
                .contains(",participation.notice,")
                .contains(",violated,")
                .contains("meetings[0].noticeGiven: meeting steering-1 on 1997-11-12");
        assertThat(lines.get(4)).contains(",satisfied,").endsWith(",");
        StringWriter w = new StringWriter();
        ComplianceWriter.writeCsv(List.of(r, r), w);
        assertThat(w.toString().lines()).hasSize(1 + 8);
        assertThat(ComplianceWriter.outcome(RuleStatus.NOT_APPLICABLE)).isEqualTo("not-applicable");
    }
}
