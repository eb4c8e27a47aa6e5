package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueIndexTest {
    private static final int FIELD = 1 << 24; // depth 1, no element index

    @Test
    void findsTheDeepestValueOnThePathAndTheStringReadThere() {
        ValueIndex index = new ValueIndex(0);
        index.add(0, null, Cursor.pack(1, 1)); // the document
        index.add(FIELD, "title", Cursor.pack(2, 10));
        index.text("Roundtable");
        index.add(FIELD, "meetings", Cursor.pack(3, 13));
        index.add(2 << 24 | 0, null, Cursor.pack(4, 5)); // /meetings/0

        assertThat(index.positionOf("/meetings/0/date")).isEqualTo(Cursor.pack(4, 5));
        assertThat(index.positionOf("/meetings/1")).isEqualTo(Cursor.pack(3, 13));
        assertThat(index.textAt("/title")).isEqualTo("Roundtable");
        assertThat(index.textAt("/meetings")).isNull();
    }

    @Test
    void aClearedIndexForgetsTheLastDocumentAndItsStrings() {
        ValueIndex index = new ValueIndex(0);
        index.add(0, null, Cursor.pack(1, 1));
        index.add(FIELD, "id", Cursor.pack(1, 8));
        index.text("old");
        index.clear();
        index.add(0, null, Cursor.pack(1, 1));
        index.add(FIELD, "id", Cursor.pack(1, 8)); // a number this time: no string read

        assertThat(index.textAt("/id")).isNull();
        assertThat(index.positionOf("/title")).isEqualTo(Cursor.pack(1, 1));
    }

    @Test
    void growsPastItsCapacity() {
        ValueIndex index = new ValueIndex(0);
        index.add(0, null, Cursor.pack(1, 1));
        for (int i = 0; i < 100; i++) {
            index.add(FIELD, "f" + i, Cursor.pack(i + 2, 3));
        }
        assertThat(index.capacity()).isGreaterThanOrEqualTo(101);
        assertThat(index.positionOf("/f99")).isEqualTo(Cursor.pack(101, 3));
    }

    @Test
    void thePoolKeepsOnlyBoundedIndexes() {
        ValueIndexPool pool = new ValueIndexPool();
        ValueIndex small = pool.take(1200);
        pool.giveBack(small);
        assertThat(pool.take(1200)).isSameAs(small);
        ValueIndex huge = pool.take(12L * (ValueIndexPool.MAX_VALUES + 1));
        pool.giveBack(huge);
        assertThat(pool.take(1200)).isNotSameAs(huge);
    }
}
