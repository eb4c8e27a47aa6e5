package org.msptoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class SchemaTest {
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(MspSchema.text(), InputFormat.JSON);

    static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void schemaIsPrintableAndDeclaresDraft2020() {
        StringBuilder sb = new StringBuilder();
        MspSchema.print(sb);
        JsonNode schema = JsonMapper.builder().build().readTree(sb.toString());
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").stringValue()).isEqualTo(MspSchema.ID);
        assertThat(MspSchema.class.getResource(MspSchema.RESOURCE)).isNotNull();
    }

    @Test
    void everyExampleFileValidatesAgainstTheSchema() throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        for (Path f : ExamplesTest.examples()) {
            JsonNode tree = yaml.readTree(Files.readString(f));
            assertThat(SCHEMA.validate(tree)).as(f.toString()).isEmpty();
        }
    }

    @Test
    void writtenExamplesValidateAgainstTheSchema() throws IOException {
        for (Path f : ExamplesTest.examples()) {
            String json = MspFormat.json().write(MspFiles.read(f).orElseThrow());
            assertThat(validate(json)).as(f.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        MspDocument d = MspFiles.read(ExamplesTest.examples().get(0)).orElseThrow();
        ObjectNode tree = (ObjectNode)
                JsonMapper.builder().build().readTree(MspFormat.json().write(d));
        ObjectNode unknown = tree.deepCopy();
        unknown.put("colour", "green");
        assertThat(validate(unknown.toString())).isNotEmpty();
        ObjectNode wrongVersion = tree.deepCopy();
        wrongVersion.put("formatVersion", 2);
        assertThat(validate(wrongVersion.toString())).isNotEmpty();
        ObjectNode badLevel = tree.deepCopy();
        ((ObjectNode) badLevel.get("scope")).putArray("levels").add("planetary");
        assertThat(validate(badLevel.toString())).isNotEmpty();
        ObjectNode extension = tree.deepCopy();
        ((ObjectNode) extension.get("stakeholders").get(0)).put("x-portal-id", 42);
        assertThat(validate(extension.toString())).isEmpty();
    }
}
