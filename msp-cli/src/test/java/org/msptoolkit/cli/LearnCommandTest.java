package org.msptoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.testkit.internal.SharedData;

/** {@code msp learn} on Lipset's data as used in Dusa's QCA book (shared data; skipped when absent). */
class LearnCommandTest {
    @TempDir
    Path tmp;

    @Test
    void crispLipsetGivesThePublishedConservativeSolution() {
        Path lc = SharedData.require("qca/LC.csv");
        Run run = Run.msp("learn", "--data", lc.toString(), "--outcome", "SURV");
        assertThat(run.exit()).as(run.toString()).isZero();
        // Dusa (2019), QCA with R, the conservative solution for LC: DEV*~URB*LIT*STB + DEV*LIT*IND*STB
        assertThat(run.out()).contains("Truth table for SURV", "DEV*LIT*IND*STB", "DEV*~URB*LIT*STB", "<-> SURV");
    }

    @Test
    void fuzzyLipsetGivesThePublishedIntermediateSolution() throws Exception {
        Path lf = SharedData.require("qca/LF.csv");
        Run run = Run.msp(
                "learn",
                "--data",
                lf.toString(),
                "--outcome",
                "SURV",
                "--incl-cut",
                "0.8",
                "--solution",
                "intermediate",
                "--expect",
                "DEV,URB,LIT,IND,STB");
        assertThat(run.exit()).as(run.toString()).isZero();
        // the intermediate solution for LF: DEV*URB*LIT*STB + DEV*LIT*~IND*STB
        assertThat(run.out()).contains("DEV*URB*LIT*STB", "DEV*LIT*~IND*STB");
        Path json = tmp.resolve("s.json");
        Run toJson = Run.msp(
                "learn",
                "--data",
                lf.toString(),
                "--outcome",
                "SURV",
                "--incl-cut",
                "0.8",
                "--solution",
                "parsimonious",
                "--format",
                "json",
                "-o",
                json.toString());
        assertThat(toJson.exit()).as(toJson.toString()).isZero();
        assertThat(Files.readString(json)).startsWith("{");
    }

    @Test
    void badInputsAreUsageErrors() throws Exception {
        Path lf = SharedData.require("qca/LF.csv");
        Run noColumn = Run.msp("learn", "--data", lf.toString(), "--outcome", "NOPE");
        assertThat(noColumn.exit()).isEqualTo(2);
        assertThat(noColumn.err()).contains("NOPE");
        Run noExpect = Run.msp("learn", "--data", lf.toString(), "--outcome", "SURV", "--solution", "intermediate");
        assertThat(noExpect.exit()).isEqualTo(2);
        assertThat(noExpect.err()).contains("--expect");
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "case,A,OUT\nx,abc,1\n");
        Run notNumber = Run.msp("learn", "--data", bad.toString(), "--outcome", "OUT");
        assertThat(notNumber.exit()).isEqualTo(2);
        assertThat(notNumber.err()).contains("msp learn:");
        Run missing = Run.msp("learn", "--data", tmp.resolve("none.csv").toString(), "--outcome", "OUT");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
