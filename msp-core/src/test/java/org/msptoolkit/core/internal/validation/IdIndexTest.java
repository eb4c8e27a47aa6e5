package org.msptoolkit.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.ModelId;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.StakeholderId;

class IdIndexTest {

    @Test
    void firstIndicesDuplicatesAndUnknownIds() {
        IdIndex ids = new IdIndex(StakeholderId.class, 4);
        assertThat(ids.add(StakeholderId.of("icc"), 0)).isEqualTo(-1);
        assertThat(ids.add(StakeholderId.of("wwf"), 1)).isEqualTo(-1);
        assertThat(ids.add(StakeholderId.of("icc"), 2)).isZero();
        assertThat(ids.add(StakeholderId.of("ICC"), 3)).isEqualTo(-1);
        assertThat(ids.size()).isEqualTo(3);
        assertThat(ids.indexOf(StakeholderId.of("wwf"))).isEqualTo(1);
        assertThat(ids.indexOfValue("icc")).isZero();
        assertThat(ids.indexOf(StakeholderId.of("unep"))).isEqualTo(-1);
        // An id of another kind with the same text is another id, as for the records' equals.
        assertThat(ids.indexOf(MeetingId.of("icc"))).isEqualTo(-1);
        assertThat(ids.contains(StakeholderId.of("ICC"))).isTrue();
    }

    @Test
    void textsWithTheSameHashAreTold() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        IdIndex ids = new IdIndex(ParticipantId.class, 3);
        ids.add(ParticipantId.of("Aa"), 0);
        assertThat(ids.indexOfValue("BB")).isEqualTo(-1);
        ids.add(ParticipantId.of("BB"), 1);
        ids.add(ParticipantId.of("AaBB"), 2);
        assertThat(ids.indexOfValue("BB")).isEqualTo(1);
        assertThat(ids.indexOfValue("Aa")).isZero();
        assertThat(ids.indexOfValue("BBAa")).isEqualTo(-1);
    }

    @Test
    void anEmptyIndexKnowsNothing() {
        IdIndex ids = new IdIndex(ParticipantId.class, 0);
        assertThat(ids.indexOf(ParticipantId.of("p1"))).isEqualTo(-1);
        assertThat(ids.size()).isZero();
        assertThat(ids.sameButForCase(ParticipantId.of("p1"))).isEmpty();
    }

    @Test
    void agreesWithAHashMapOnRandomIds() {
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int n = rnd.nextInt(300);
            IdIndex ids = new IdIndex(ParticipantId.class, n);
            Map<ModelId, Integer> first = new HashMap<>();
            for (int i = 0; i < n; i++) {
                ParticipantId id = ParticipantId.of("p" + rnd.nextInt(Math.max(1, n)));
                Integer previous = first.putIfAbsent(id, i);
                assertThat(ids.add(id, i)).as("seed %d", seed).isEqualTo(previous == null ? -1 : previous);
            }
            assertThat(ids.size()).as("seed %d", seed).isEqualTo(first.size());
            for (int k = 0; k < 2 * n + 5; k++) {
                ParticipantId probe = ParticipantId.of("p" + k);
                assertThat(ids.indexOf(probe)).as("seed %d, %s", seed, probe).isEqualTo(first.getOrDefault(probe, -1));
            }
        }
    }

    @Test
    void theSuggestionIsTheOneAHashMapInElementOrderWouldGive() {
        IdIndex ids = new IdIndex(StakeholderId.class, 3);
        StakeholderId[] all = {StakeholderId.of("Icc"), StakeholderId.of("ICC"), StakeholderId.of("iCC")};
        Map<ModelId, Integer> first = new HashMap<>(all.length * 2);
        for (int i = 0; i < all.length; i++) {
            ids.add(all[i], i);
            first.putIfAbsent(all[i], i);
        }
        ModelId expected = first.keySet().stream()
                .filter(k -> k.value().equalsIgnoreCase("icc"))
                .findFirst()
                .orElseThrow();
        assertThat(ids.sameButForCase(StakeholderId.of("icc"))).contains(expected);
        assertThat(ids.sameButForCase(StakeholderId.of("unep"))).isEmpty();
    }
}
