package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.validation.InvalidModelException;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.internal.ModelPaths;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

class MspFormatTest {
    static MspProcess small() {
        return MspProcess.builder("csd-1998", "CSD Dialogue on Industry")
                .levels(Level.INTERNATIONAL)
                .stakeholder(Stakeholder.of(
                        "icc", "International Chamber of Commerce", StakeholderGroup.BUSINESS_AND_INDUSTRY))
                .participant(Participant.of("p1", "icc", Role.DELEGATE).withGender("woman"))
                .build();
    }

    @Test
    void writesReadableJsonAndYaml() {
        String json = MspFormat.json().write(small());
        assertThat(json).startsWith("{\n  \"formatVersion\" : 1,\n  \"kind\" : \"process\",\n  \"id\" : \"csd-1998\"");
        assertThat(json)
                .contains(
                        "\"group\" : \"business-and-industry\"",
                        "\"role\" : \"delegate\"",
                        "\"levels\" : [ \"international\" ]");
        String yaml = MspFormat.yaml().write(small());
        assertThat(yaml)
                .startsWith("formatVersion: 1\nkind: process\nid: csd-1998\n")
                .contains("gender: woman")
                .doesNotContain("---");
    }

    @Test
    void extensionsWhoseObjectIsGoneAreNotDroppedSilently() {
        Extensions x = Extensions.none().with("/participants/5", "x-badge", JsonNodeFactory.instance.stringNode("b"));
        MspDocument d = new MspDocument(small(), x);
        assertThatThrownBy(() -> MspFormat.json().write(d))
                .isInstanceOf(MspWriteException.class)
                .hasMessageContaining("/participants/5")
                .hasMessageContaining("x-badge");
        MspDocument fine = d.withProcess(small()).withProcess(small());
        assertThat(fine.extensions()).isEqualTo(x);
        Extensions clash = Extensions.none().with("", "title", JsonNodeFactory.instance.stringNode("other"));
        assertThatThrownBy(() -> MspFormat.json().write(new MspDocument(small(), clash)))
                .isInstanceOf(MspWriteException.class)
                .hasMessageContaining("'title'");
    }

    @Test
    void streamsAreLeftOpenAndFilesAreChosenByExtension(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MspFormat.json().write(MspDocument.of(small()), out);
        out.write('\n'); // still open
        var in = new ByteArrayInputStream(out.toByteArray());
        assertThat(MspFormat.json().read(in, "mem").orElseThrow().process()).isEqualTo(small());
        for (String name : List.of("a.json", "a.yaml", "a.yml")) {
            MspFiles.write(dir.resolve(name), small());
            assertThat(MspFiles.readProcess(dir.resolve(name)).orElseThrow()).isEqualTo(small());
        }
        assertThatThrownBy(() -> MspFiles.read(dir.resolve("a.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".json, .yaml or .yml");
    }

    @Test
    void readResultsAreCompleteOrEmpty() {
        Result<MspDocument> bad = MspFormat.json().read("{\"formatVersion\":1,\"kind\":\"process\"}");
        assertThat(bad.value()).isEmpty();
        assertThat(bad.report().size()).isEqualTo(2);
        assertThatThrownBy(bad::orElseThrow)
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("/id: line 1, column 1: required field 'id' is missing");
        assertThat(MspFormat.json()
                        .read(MspFormat.json().write(small()))
                        .map(d -> d.process().id().value())
                        .orElseThrow())
                .isEqualTo("csd-1998");
    }

    @Test
    void modelPathsBecomeJsonPointers() {
        assertThat(ModelPaths.toPointer("participants[3].stakeholder")).isEqualTo("/participants/3/stakeholder");
        assertThat(ModelPaths.toPointer("decisions[0].tally.chambers[eco/north][yes]"))
                .isEqualTo("/decisions/0/tally/chambers/eco~1north/yes");
        assertThat(ModelPaths.toPointer("")).isEmpty();
        assertThat(ModelPaths.toPointer("period.end")).isEqualTo("/period/end");
    }

    @Test
    void theJacksonModuleIsFoundByServiceLoaderAndReportsEveryProblem() {
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(MspJacksonModule.class);
        JsonMapper mapper =
                JsonMapper.builder().addModule(new MspJacksonModule()).build();
        Stakeholder s = mapper.readValue(
                "{\"id\":\"icc\",\"name\":\"ICC\",\"group\":\"business-and-industry\"}", Stakeholder.class);
        assertThat(s).isEqualTo(Stakeholder.of("icc", "ICC", StakeholderGroup.BUSINESS_AND_INDUSTRY));
        assertThat(mapper.writeValueAsString(Level.LOCAL)).isEqualTo("\"local\"");
        assertThat(mapper.readValue("\"co-chair\"", Role.class)).isEqualTo(Role.CO_CHAIR);
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"id\":\" x\",\"name\":7,\"group\":\"women\",\"extra\":1}", Stakeholder.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("/id")
                .hasMessageContaining("/name")
                .hasMessageContaining("/extra");
        String withExtension = MspFormat.json().write(small()).replaceFirst("\\{", "{\"x-portal\":1,");
        assertThatThrownBy(() -> mapper.readValue(withExtension, MspProcess.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("MspDocument");
        assertThat(mapper.readValue(withExtension, MspDocument.class)
                        .extensions()
                        .get("", "x-portal"))
                .isPresent();
    }

    @Test
    void limitsAreValidatedAndCopiedWithChanges() {
        assertThat(ReadLimits.defaults().withMaxStringLength(10).maxStringLength())
                .isEqualTo(10);
        assertThat(ReadLimits.defaults().withMaxStringLength(10).maxNestingDepth())
                .isEqualTo(64);
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNestingDepth");
        assertThat(MspFormat.yaml().lenient().toString()).isEqualTo("MspFormat[yaml, lenient]");
        assertThat(MspFormat.json().lenient().strict().isLenient()).isFalse();
        assertThat(new String(MspSchema.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("\"formatVersion\"");
    }
}
