package org.msptoolkit.io.governance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.testkit.Fuzzer;

/**
 * Issue 20, item 11: the charter reader (YAML and JSON) fuzzed from the example charters; the only allowed
 * outcomes are a charter or located problems, each input within 5 seconds.
 */
class FuzzCharterReaderTest {
    @Test
    void fuzzCharterYamlAndJson() throws IOException {
        List<String> yaml = new ArrayList<>();
        List<String> json = new ArrayList<>();
        for (Path f : CharterFormatTest.charters()) {
            String text = Files.readString(f);
            yaml.add(text);
            json.add(CharterFormat.json().write(CharterFormat.yaml().read(text).orElseThrow()));
        }
        System.out.println(Fuzzer.over(yaml, 250)
                .run(
                        "charter-yaml",
                        s -> Fuzzer.assertValueOrLocatedProblems(CharterFormat.yaml()
                                .read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "c.yaml"))));
        System.out.println(Fuzzer.over(json, 250)
                .run(
                        "charter-json",
                        s -> Fuzzer.assertValueOrLocatedProblems(CharterFormat.json()
                                .read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "c.json"))));
    }
}
