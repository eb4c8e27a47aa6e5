package org.msptoolkit.io.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;

/**
 * The tidy tables of the CSV export: one row per fact, a {@code processId} column first so that
 * tables of many processes can be stacked and joined.
 */
public enum CsvTable {
    /** One row per participant, with the stakeholder and group they act for (name and gender only on request). */
    PARTICIPANTS(
            "processId",
            "participantId",
            "stakeholderId",
            "stakeholderName",
            "stakeholderGroup",
            "role",
            "periodStart",
            "periodEnd"),
    /** One row per participant attending a meeting (meetings whose attendance was not recorded give no rows). */
    ATTENDANCE("processId", "meetingId", "meetingDate", "participantId", "stakeholderId", "stakeholderGroup"),
    /** One row per decision. */
    DECISIONS(
            "processId",
            "decisionId",
            "date",
            "subject",
            "method",
            "meetingId",
            "published",
            "objections",
            "sustainedObjections"),
    /** One row per vote count: the overall count per option (empty chamber) and each chamber's count per option. */
    VOTES("processId", "decisionId", "chamber", "option", "count"),
    /** One row per commitment, with the owner's group and how much progress was reported. */
    COMMITMENTS(
            "processId",
            "commitmentId",
            "ownerId",
            "ownerGroup",
            "description",
            "measure",
            "made",
            "due",
            "status",
            "decisionId",
            "evidence",
            "progressReports",
            "lastProgressReport"),
    /** One row per document. */
    DOCUMENTS("processId", "documentId", "kind", "title", "produced", "published", "meetingId", "link");

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    private final List<String> columns;

    CsvTable(String... columns) {
        this.columns = List.of(columns);
    }

    /**
     * The columns, in order.
     *
     * @param personalData whether personal data columns ({@code name}, {@code gender}) are included
     * @return the column names
     */
    public List<String> columns(boolean personalData) {
        if (this == PARTICIPANTS && personalData) {
            List<String> all = new ArrayList<>(columns);
            all.addAll(List.of("name", "gender"));
            return List.copyOf(all);
        }
        return columns;
    }

    /**
     * Returns the default file name, e.g. {@code participants.csv}.
     *
     * @return the default file name, e.g. {@code participants.csv}
     */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    /**
     * The rows of this table for one process, in the order of {@link #columns(boolean)}; absent
     * values are {@code null} cells (written empty).
     *
     * @param p the process
     * @param personalData whether to include personal data
     * @return the rows
     */
    List<List<Object>> rows(MspProcess p, boolean personalData) {
        String pid = p.id().value();
        Map<StakeholderId, Stakeholder> stakeholders = p.stakeholdersById();
        Map<ParticipantId, Participant> participants = p.participantsById();
        List<List<Object>> rows = new ArrayList<>();
        switch (this) {
            case PARTICIPANTS -> {
                for (Participant x : p.participants()) {
                    Optional<Stakeholder> s = Optional.ofNullable(stakeholders.get(x.stakeholder()));
                    List<Object> row = row(
                            pid,
                            x.id().value(),
                            x.stakeholder().value(),
                            s.map(Stakeholder::name).orElse(null),
                            s.map(st -> st.group().code()).orElse(null),
                            x.role().code(),
                            x.period().map(per -> per.start().toString()).orElse(null),
                            x.period()
                                    .flatMap(per -> per.end())
                                    .map(LocalDate::toString)
                                    .orElse(null));
                    if (personalData) {
                        row.add(x.name().orElse(null));
                        row.add(x.gender().map(g -> g.selfDescription()).orElse(null));
                    }
                    rows.add(row);
                }
            }
            case ATTENDANCE -> {
                for (Meeting m : p.meetings()) {
                    for (ParticipantId a : m.attendance().orElse(List.of())) {
                        Optional<Participant> x = Optional.ofNullable(participants.get(a));
                        Optional<StakeholderId> sid = x.map(Participant::stakeholder);
                        rows.add(row(
                                pid,
                                m.id().value(),
                                m.date().toString(),
                                a.value(),
                                sid.map(StakeholderId::value).orElse(null),
                                sid.map(stakeholders::get)
                                        .map(s -> s.group().code())
                                        .orElse(null)));
                    }
                }
            }
            case DECISIONS -> {
                for (Decision d : p.decisions()) {
                    rows.add(row(
                            pid,
                            d.id().value(),
                            d.date().toString(),
                            d.subject(),
                            d.method().code(),
                            d.meeting().map(x -> x.value()).orElse(null),
                            d.published().map(LocalDate::toString).orElse(null),
                            (long) d.objections().size(),
                            d.objections().stream().filter(o -> o.sustained()).count()));
                }
            }
            case VOTES -> {
                for (Decision d : p.decisions()) {
                    d.tally().ifPresent(t -> {
                        t.options().forEach((option, n) -> rows.add(row(pid, d.id().value(), null, option, n)));
                        t.chambers()
                                .forEach((chamber, counts) -> counts.forEach(
                                        (option, n) -> rows.add(row(pid, d.id().value(), chamber, option, n))));
                    });
                }
            }
            case COMMITMENTS -> {
                for (Commitment c : p.commitments()) {
                    rows.add(row(
                            pid,
                            c.id().value(),
                            c.owner().value(),
                            Optional.ofNullable(stakeholders.get(c.owner()))
                                    .map(s -> s.group().code())
                                    .orElse(null),
                            c.description(),
                            c.measure().orElse(null),
                            date(c.made()),
                            date(c.due()),
                            c.status().code(),
                            c.decision().map(x -> x.value()).orElse(null),
                            (long) c.evidence().size(),
                            (long) c.progressReports().size(),
                            c.progressReports().stream()
                                    .max(LocalDate::compareTo)
                                    .map(LocalDate::toString)
                                    .orElse(null)));
                }
            }
            case DOCUMENTS -> {
                for (Document d : p.documents()) {
                    rows.add(row(
                            pid,
                            d.id().value(),
                            d.kind().code(),
                            d.title(),
                            d.produced().toString(),
                            date(d.published()),
                            d.meeting().map(x -> x.value()).orElse(null),
                            d.link().orElse(null)));
                }
            }
            default -> throw new IllegalStateException("unknown table " + this);
        }
        return rows;
    }

    private static @Nullable String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse(null);
    }

    private static List<Object> row(@Nullable Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
