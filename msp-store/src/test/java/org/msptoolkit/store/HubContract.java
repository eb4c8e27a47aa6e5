package org.msptoolkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;

/** The one suite both back ends pass: H2 ({@link H2HubTest}) and PostgreSQL ({@link PostgresHubTest}). */
abstract class HubContract {
    /** Puts per thread in the concurrency test; {@code -Dmsp.hub.puts=1000} for the issue's full run. */
    static final int PUTS_PER_THREAD = Integer.getInteger("msp.hub.puts", 200);

    Hub hub;

    /** A fresh, empty hub on the back end under test. */
    abstract Hub newHub() throws Exception;

    @BeforeEach
    void openHub() throws Exception {
        hub = newHub();
    }

    @AfterEach
    void closeHub() {
        if (hub != null) {
            hub.close();
        }
    }

    static MspProcess process(String id, String title) {
        return MspProcess.builder(id, title).purpose("Purpose of " + title).build();
    }

    @Test
    void everyPutIsANewRevisionAndNothingIsOverwritten() {
        Revision first = hub.put(process("p1", "First title"), Change.create("ana", "first import"));
        Revision second = hub.put(process("p1", "Second title"), Change.basedOn(1, "ben", "renamed"));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(hub.get(ProcessId.of("p1")).orElseThrow().process().title()).isEqualTo("Second title");
        assertThat(hub.get(ProcessId.of("p1"), 1).orElseThrow().process().title())
                .isEqualTo("First title");
        assertThat(hub.get(ProcessId.of("p1"), 3)).isEmpty();
        assertThat(hub.get(ProcessId.of("nope"))).isEmpty();
        assertThat(hub.history(ProcessId.of("p1")))
                .extracting(Revision::number, Revision::author, Revision::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "ana", "first import"),
                        org.assertj.core.groups.Tuple.tuple(2, "ben", "renamed"));
        assertThat(hub.history(ProcessId.of("p1")).get(1).at()).isEqualTo(second.at());
        assertThat(hub.size()).isEqualTo(1);
    }

    @Test
    void theStoredDocumentReadsBackEqual() {
        MspProcess p = MspProcess.builder("rich", "Rich process")
                .purpose("Water for all")
                .levels(Level.NATIONAL)
                .countries("KE")
                .period("2020-01-01", "2021-06-30")
                .stakeholder(Stakeholder.builder("s1", "Women's forum", StakeholderGroup.WOMEN)
                        .levels(Level.LOCAL)
                        .countries("KE")
                        .build())
                .build();
        hub.put(p, Change.create("ana", "import"));
        assertThat(hub.get(ProcessId.of("rich")).orElseThrow().process()).isEqualTo(p);
    }

    @Test
    void aStalePutConflictsNamingBothRevisionsAndWritesNothing() {
        hub.put(process("p1", "v1"), Change.create("ana", "create"));
        hub.put(process("p1", "v2"), Change.basedOn(1, "ana", "edit"));

        assertThatThrownBy(() -> hub.put(process("p1", "stale"), Change.basedOn(1, "ben", "stale edit")))
                .isInstanceOfSatisfying(HubConflictException.class, e -> {
                    assertThat(e.basedOn()).isEqualTo(1);
                    assertThat(e.head()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("revision 1").contains("revision 2");
                });
        assertThatThrownBy(() -> hub.put(process("p1", "again"), Change.create("ben", "create twice")))
                .isInstanceOfSatisfying(HubConflictException.class, e -> {
                    assertThat(e.basedOn()).isZero();
                    assertThat(e.head()).isEqualTo(2);
                });
        assertThatThrownBy(() -> hub.put(process("p9", "x"), Change.basedOn(3, "ben", "no such process")))
                .isInstanceOfSatisfying(
                        HubConflictException.class, e -> assertThat(e.head()).isZero());
        assertThat(hub.history(ProcessId.of("p1"))).hasSize(2);
        assertThat(hub.get(ProcessId.of("p1")).orElseThrow().process().title()).isEqualTo("v2");
        assertThat(hub.get(ProcessId.of("p9"))).isEmpty();
    }

    @Test
    void concurrentConflictingPutsEitherCommitOrConflictWithNoGapAndNoLostWrite() throws Exception {
        int threads = 8;
        List<String> ids = List.of("shared-a", "shared-b", "shared-c");
        for (String id : ids) {
            hub.put(process(id, "seed"), Change.create("seed", "seed"));
        }
        // (id, revision) -> the title that put committed; a revision reported twice would be a lost write.
        ConcurrentHashMap<String, String> committed = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < PUTS_PER_THREAD; i++) {
                        String id = ids.get((thread + i) % ids.size());
                        int head = hub.get(ProcessId.of(id))
                                .orElseThrow()
                                .revision()
                                .number();
                        String title = "t" + thread + "-" + i;
                        try {
                            Revision r = hub.put(process(id, title), Change.basedOn(head, "t" + thread, title));
                            if (committed.putIfAbsent(id + "@" + r.number(), title) != null) {
                                duplicates.incrementAndGet();
                            }
                        } catch (HubConflictException e) {
                            assertThat(e.basedOn()).isEqualTo(head);
                            assertThat(e.head()).isGreaterThan(head);
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(duplicates.get()).isZero();
        assertThat(committed.size() + conflicts.get()).isEqualTo(threads * PUTS_PER_THREAD);
        int revisions = 0;
        for (String id : ids) {
            List<Revision> history = hub.history(ProcessId.of(id));
            for (int n = 0; n < history.size(); n++) {
                assertThat(history.get(n).number()).as("no gap in %s", id).isEqualTo(n + 1);
            }
            // Replay: every revision after the seed is exactly one committed put, with its own content.
            for (Revision r : history.subList(1, history.size())) {
                String title = committed.get(id + "@" + r.number());
                assertThat(title)
                        .as("revision %s of %s was reported to a put", r.number(), id)
                        .isNotNull();
                assertThat(r.message()).isEqualTo(title);
                assertThat(hub.get(ProcessId.of(id), r.number())
                                .orElseThrow()
                                .process()
                                .title())
                        .isEqualTo(title);
            }
            revisions += history.size() - 1;
            assertThat(hub.get(ProcessId.of(id)).orElseThrow().revision().number())
                    .isEqualTo(history.size());
        }
        assertThat(revisions).as("every committed put is in a history").isEqualTo(committed.size());
    }

    private void fillQueryHub() {
        hub.put(
                MspProcess.builder("q1", "Kenya water dialogue")
                        .purpose("Safe drinking water")
                        .levels(Level.NATIONAL)
                        .countries("KE")
                        .period("2019-01-01", "2019-12-31")
                        .stakeholder(Stakeholder.builder("w", "Women's group", StakeholderGroup.WOMEN)
                                .sectors(Sector.sdg(6))
                                .build())
                        .build(),
                Change.create("ana", "q1"));
        hub.put(
                MspProcess.builder("q2", "Forest platform")
                        .purpose("Forests in Ghana, 100% community led")
                        .sectors(Sector.sdg(15))
                        .countries("GH")
                        .period("2021-03-01", "2022-02-28")
                        .stakeholder(Stakeholder.builder("b", "Timber firms", StakeholderGroup.BUSINESS_AND_INDUSTRY)
                                .levels(Level.LOCAL)
                                .build())
                        .build(),
                Change.create("ana", "q2"));
        hub.put(
                MspProcess.builder("q3", "Open-ended water_forum")
                        .purpose("Rivers")
                        .period(org.msptoolkit.core.model.Period.from(LocalDate.parse("2020-06-01")))
                        .stakeholder(Stakeholder.builder("w2", "Women in science", StakeholderGroup.WOMEN)
                                .countries("GH")
                                .levels(Level.NATIONAL)
                                .build())
                        .build(),
                Change.create("ana", "q3"));
        hub.put(MspProcess.builder("q4", "No period").purpose("Undated").build(), Change.create("ana", "q4"));
    }

    private List<String> ids(HubQuery q) {
        return hub.query(q).items().stream().map(s -> s.id().value()).toList();
    }

    @Test
    void queriesByGroupSectorLevelCountryDatesAndText() {
        fillQueryHub();
        assertThat(ids(HubQuery.builder().build())).containsExactly("q1", "q2", "q3", "q4");
        assertThat(ids(HubQuery.builder().group(StakeholderGroup.WOMEN).build()))
                .containsExactly("q1", "q3");
        assertThat(ids(HubQuery.builder().sector(Sector.sdg(6)).build())).containsExactly("q1");
        assertThat(ids(HubQuery.builder().sector(Sector.sdg(15)).build())).containsExactly("q2");
        assertThat(ids(HubQuery.builder().level(Level.NATIONAL).build())).containsExactly("q1", "q3");
        assertThat(ids(HubQuery.builder().level(Level.LOCAL).build())).containsExactly("q2");
        assertThat(ids(HubQuery.builder().country(Country.of("GH")).build())).containsExactly("q2", "q3");
        assertThat(ids(HubQuery.builder()
                        .group(StakeholderGroup.WOMEN)
                        .country(Country.of("GH"))
                        .build()))
                .containsExactly("q3");
        assertThat(ids(HubQuery.builder()
                        .between(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"))
                        .build()))
                .containsExactly("q3");
        assertThat(ids(HubQuery.builder()
                        .between(LocalDate.parse("2019-12-31"), LocalDate.parse("2021-03-01"))
                        .build()))
                .containsExactly("q1", "q2", "q3");
        assertThat(ids(HubQuery.builder().text("WATER").build())).containsExactly("q1", "q3");
        assertThat(ids(HubQuery.builder().text("drinking").build())).containsExactly("q1");
        // Wildcards are literal: "_" matches only an underscore, "%" only a percent sign.
        assertThat(ids(HubQuery.builder().text("water_").build())).containsExactly("q3");
        assertThat(ids(HubQuery.builder().text("open_ended").build())).isEmpty();
        assertThat(ids(HubQuery.builder().text("100%").build())).containsExactly("q2");
        assertThat(ids(HubQuery.builder().text("0% c").build())).containsExactly("q2");
        assertThat(ids(HubQuery.builder().text("%").build())).containsExactly("q2");
        HubPage one = hub.query(HubQuery.builder().group(StakeholderGroup.WOMEN).build());
        assertThat(one.items().get(0).stakeholders()).isEqualTo(1);
        assertThat(one.items().get(0).start()).contains(LocalDate.parse("2019-01-01"));
    }

    @Test
    void pagesAreStableAndCoverEveryMatchOnce() {
        for (int i = 9; i >= 1; i--) {
            hub.put(process("page-" + i, "Paged " + i), Change.create("ana", "p"));
        }
        HubQuery q = HubQuery.builder().text("paged").limit(4).build();
        List<String> seen = new ArrayList<>();
        HubPage page = hub.query(q);
        assertThat(page.total()).isEqualTo(9);
        int pages = 0;
        while (true) {
            pages++;
            page.items().forEach(s -> seen.add(s.id().value()));
            if (!page.hasMore()) {
                break;
            }
            q = q.nextPage();
            page = hub.query(q);
        }
        assertThat(pages).isEqualTo(3);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            expected.add("page-" + i);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    /** SQL-injection payloads: quoting, comments, stacked statements, LIKE wildcards, escapes. */
    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE hub_process; --",
            "\"; DROP TABLE hub_revision; --",
            "x' UNION SELECT process_id, document FROM hub_revision --",
            "') OR 1=1 --",
            "1; DELETE FROM hub_stakeholder",
            "%' OR title LIKE '%",
            "_%!\\'\\\"",
            "\\'; TRUNCATE hub_process; --",
            "' || (SELECT COUNT(*) FROM hub_info) || '",
            "$$; DROP TABLE hub_info; $$",
            "/* comment */ ' --",
            "O'Brien's \"forum\" ; --",
            "' AND SLEEP(5) --",
            "'); INSERT INTO hub_info VALUES ('x','y'); --");

    @Test
    void injectionPayloadsInEveryTextFieldAndParameterAreJustText() {
        hub.put(process("bystander", "Bystander"), Change.create("ana", "bystander"));
        int n = 0;
        for (String payload : PAYLOADS) {
            n++;
            String id = "inj-" + n + "-" + payload.strip();
            MspProcess p = MspProcess.builder(id, payload)
                    .purpose(payload)
                    .stakeholder(Stakeholder.builder("s" + n, payload, StakeholderGroup.WOMEN)
                            .build())
                    .build();
            Revision r = hub.put(p, Change.create(payload, payload));
            hub.put(p, Change.basedOn(r.number(), payload, payload));
            StoredProcess back = hub.get(ProcessId.of(id)).orElseThrow();
            assertThat(back.process()).isEqualTo(p);
            assertThat(back.revision().author()).isEqualTo(payload);
            assertThat(back.revision().message()).isEqualTo(payload);
            assertThat(hub.get(ProcessId.of(id), 1).orElseThrow().process()).isEqualTo(p);
            assertThat(hub.history(ProcessId.of(id))).hasSize(2);
            assertThat(hub.get(ProcessId.of(payload.strip().isEmpty() ? "x" : payload.strip())))
                    .isEmpty();
            assertThat(hub.history(ProcessId.of(payload.strip()))).isEmpty();
            assertThat(ids(HubQuery.builder().text(payload).build()))
                    .contains(id)
                    .doesNotContain("bystander");
        }
        assertThat(hub.size()).isEqualTo(PAYLOADS.size() + 1);
        assertThat(hub.get(ProcessId.of("bystander")).orElseThrow().process().title())
                .isEqualTo("Bystander");
        // Every payload stored is found by its own exact text, and only by it or a payload containing it.
        for (String payload : PAYLOADS) {
            List<String> found =
                    ids(HubQuery.builder().text(payload).limit(1000).build());
            for (String id : found) {
                MspProcess p = hub.get(ProcessId.of(id)).orElseThrow().process();
                assertThat(p.title().toLowerCase(java.util.Locale.ROOT) + "\n"
                                + p.purpose().toLowerCase(java.util.Locale.ROOT))
                        .contains(payload.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void aQueryPageOutsideTheMatchesIsEmpty() {
        fillQueryHub();
        HubPage page = hub.query(HubQuery.builder().offset(10).build());
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hasMore()).isFalse();
    }
}
