package org.msptoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.taxonomy.Coded;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.Role;

class CodeTableTest {
    @Test
    void everyCodeIsFoundInsideALargerBufferAsCodesOfFindsIt() {
        check(Level.class);
        check(Role.class);
        check(DecisionMethod.class);
    }

    private static <E extends Enum<E> & Coded> void check(Class<E> type) {
        CodeTable<E> table = CodeTable.of(type, "x");
        Function<String, E> codes = Codes.of(type, "x");
        for (E e : type.getEnumConstants()) {
            char[] buffer = ("\"xx" + e.code() + "yy\"").toCharArray();
            assertThat(table.find(buffer, 3, e.code().length())).as(e.code()).isEqualTo(codes.apply(e.code()));
        }
    }

    @Test
    void anythingElseIsNotFound() {
        CodeTable<Level> table = CodeTable.of(Level.class, "level");
        String national = Level.NATIONAL.code();
        char[] upper = national.toUpperCase(java.util.Locale.ROOT).toCharArray();
        assertThat(table.find(upper, 0, upper.length)).isNull();
        assertThat(table.find(national.toCharArray(), 0, national.length() - 1)).isNull();
        assertThat(table.find(new char[200], 0, 200)).isNull();
        assertThat(table.find(new char[0], 0, 0)).isNull();
    }
}
