package org.msptoolkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.io.MspFiles;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvExportTest {
    static List<Map<String, String>> parse(String csv) {
        CsvMapper m = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> it = m.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return it.readAll();
        }
    }

    static MspProcess hostile() {
        return MspProcess.builder("p", "Formula test")
                .stakeholder(
                        Stakeholder.of("s1", "=HYPERLINK(\"http://evil\",\"click\")", StakeholderGroup.NGOS),
                        Stakeholder.of("s2", "+1-555", StakeholderGroup.WOMEN))
                .participant(
                        Participant.of("p1", "s1", Role.DELEGATE)
                                .withName("@SUM(A1)")
                                .withGender("woman"),
                        Participant.of("p2", "s2", Role.CHAIR).withName("\tTabbed"),
                        Participant.of("p3", "s2", Role.OBSERVER).withName("-2+3"))
                .meeting(Meeting.of("m1", "2020-01-02").withAttendance("p1", "p2"), Meeting.of("m2", "2020-02-03"))
                .build();
    }

    @Test
    void formulaCellsAreNeutralisedAndPersonalDataIsLeftOutByDefault() {
        List<Map<String, String>> rows = parse(CsvExport.tidy().toCsv(CsvTable.PARTICIPANTS, hostile()));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0))
                .doesNotContainKeys("name", "gender")
                .containsEntry("stakeholderName", "'=HYPERLINK(\"http://evil\",\"click\")")
                .containsEntry("stakeholderGroup", "ngos")
                .containsEntry("role", "delegate");
        assertThat(rows.get(1)).containsEntry("stakeholderName", "'+1-555");

        List<Map<String, String>> personal =
                parse(CsvExport.tidy().includingPersonalData().toCsv(CsvTable.PARTICIPANTS, hostile()));
        assertThat(personal).extracting(r -> r.get("name")).containsExactly("'@SUM(A1)", "'\tTabbed", "'-2+3");
        assertThat(personal.get(0)).containsEntry("gender", "woman");
    }

    @Test
    void neutraliseLeavesOrdinaryTextAlone() {
        assertThat(CsvExport.neutralise("Women's caucus")).isEqualTo("Women's caucus");
        assertThat(CsvExport.neutralise("")).isEmpty();
        assertThat(CsvExport.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.neutralise("\rx")).isEqualTo("'\rx");
    }

    @Test
    void attendanceHasOneRowPerParticipantAndMeeting() {
        List<Map<String, String>> rows = parse(CsvExport.tidy().toCsv(CsvTable.ATTENDANCE, hostile()));
        assertThat(rows)
                .extracting(r -> r.get("meetingId") + "/" + r.get("participantId") + "/" + r.get("stakeholderGroup"))
                .containsExactly("m1/p1/ngos", "m1/p2/women");
    }

    @Test
    void votesOfTheFscExampleAddUpPerChamber() {
        MspProcess fsc = MspFiles.readProcess(Path.of("..", "examples", "fsc-general-assembly.yaml"))
                .orElseThrow();
        List<Map<String, String>> rows = parse(CsvExport.tidy().toCsv(CsvTable.VOTES, fsc));
        // 2 decisions x (3 overall options + 6 chambers x 3 options)
        assertThat(rows).hasSize(2 * (3 + 18));
        long yesInChambers = rows.stream()
                .filter(r -> r.get("decisionId").equals("d-motion-65")
                        && !r.get("chamber").isEmpty()
                        && r.get("option").equals("for"))
                .mapToLong(r -> Long.parseLong(r.get("count")))
                .sum();
        assertThat(yesInChambers).isEqualTo(412);
    }

    @Test
    void everyTableHasItsHeaderAndOneRowPerFactForGeneratedProcesses(@TempDir Path dir) throws Exception {
        List<MspProcess> ps =
                List.of(ProcessGenerator.process(1, ProcessSize.SMALL), ProcessGenerator.process(2, ProcessSize.SMALL));
        Map<CsvTable, Path> files = CsvExport.tidy().writeAll(dir, ps);
        assertThat(files).hasSize(CsvTable.values().length);
        for (CsvTable t : CsvTable.values()) {
            String csv = Files.readString(files.get(t));
            assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", t.columns(false)));
        }
        long expectedAttendance = ps.stream()
                .flatMap(p -> p.meetings().stream())
                .mapToLong(m -> m.attendance().map(List::size).orElse(0))
                .sum();
        assertThat(parse(Files.readString(files.get(CsvTable.ATTENDANCE)))).hasSize((int) expectedAttendance);
        long expectedCommitments =
                ps.stream().mapToLong(p -> p.commitments().size()).sum();
        assertThat(parse(Files.readString(files.get(CsvTable.COMMITMENTS)))).hasSize((int) expectedCommitments);
    }
}
