package org.msptoolkit.io.indicators;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.indicators.framework.Frameworks;
import org.msptoolkit.testkit.Fuzzer;

/**
 * Issue 20, item 11: the framework reader (YAML and JSON) fuzzed from the built-in frameworks written out;
 * the only allowed outcomes are a framework or located problems, each input within 5 seconds.
 */
class FuzzFrameworkReaderTest {
    @Test
    void fuzzFrameworkYamlAndJson() {
        List<String> yaml =
                Frameworks.builtIn().stream().map(FrameworkFormat.yaml()::write).toList();
        List<String> json =
                Frameworks.builtIn().stream().map(FrameworkFormat.json()::write).toList();
        System.out.println(Fuzzer.over(yaml, 250)
                .run(
                        "framework-yaml",
                        s -> Fuzzer.assertValueOrLocatedProblems(FrameworkFormat.yaml()
                                .read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "f.yaml"))));
        System.out.println(Fuzzer.over(json, 250)
                .run(
                        "framework-json",
                        s -> Fuzzer.assertValueOrLocatedProblems(FrameworkFormat.json()
                                .read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "f.json"))));
    }
}
