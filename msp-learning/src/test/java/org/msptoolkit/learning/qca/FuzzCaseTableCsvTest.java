package org.msptoolkit.learning.qca;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msptoolkit.testkit.Fuzzer;

/**
 * Issue 20, item 11: the QCA case-table CSV reader fuzzed from the LC/LF/LM/LR example tables; the only
 * allowed outcomes are a table or a {@link QcaException} with located problems, each input within 5 seconds.
 */
class FuzzCaseTableCsvTest {
    @Test
    void fuzzCaseTableCsv() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (String f : List.of("LC.csv", "LF.csv", "LM.csv", "LR.csv")) {
            corpus.add(Files.readString(Path.of("src", "test", "resources", "qca", f)));
        }
        System.out.println(Fuzzer.over(corpus, 300).run("qca-csv", s -> {
            try {
                CaseTable.parseCsv(s, "cases.csv");
            } catch (QcaException e) {
                Fuzzer.assertLocated(e.problems());
            }
        }));
    }
}
