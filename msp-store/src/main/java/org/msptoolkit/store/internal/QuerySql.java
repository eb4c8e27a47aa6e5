package org.msptoolkit.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msptoolkit.store.HubQuery;

/**
 * The WHERE clause of a hub query: fixed SQL text with {@code ?} placeholders and their values in
 * order. No value ever becomes part of the SQL text.
 */
final class QuerySql {
    private final String where;
    private final List<Object> values;

    private QuerySql(String where, List<Object> values) {
        this.where = where;
        this.values = values;
    }

    static QuerySql of(HubQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        q.group().ifPresent(g -> {
            parts.add("EXISTS (SELECT 1 FROM hub_stakeholder s WHERE s.process_id = p.process_id"
                    + " AND s.group_code = ?)");
            values.add(g.code());
        });
        q.sector().ifPresent(v -> {
            parts.add(scopeOrStakeholder("sector_code"));
            values.add(v.code());
            values.add(v.code());
        });
        q.level().ifPresent(v -> {
            parts.add(scopeOrStakeholder("level_code"));
            values.add(v.code());
            values.add(v.code());
        });
        q.country().ifPresent(v -> {
            parts.add(scopeOrStakeholder("country_code"));
            values.add(v.code());
            values.add(v.code());
        });
        q.from().ifPresent(d -> {
            parts.add("(p.end_day IS NULL OR p.end_day >= ?)");
            values.add(d);
        });
        q.to().ifPresent(d -> {
            parts.add("p.start_day <= ?");
            values.add(d);
        });
        q.text().ifPresent(t -> {
            parts.add("(LOWER(p.title) LIKE ? ESCAPE '!' OR LOWER(p.purpose) LIKE ? ESCAPE '!')");
            String pattern = "%" + escapeLike(t.toLowerCase(Locale.ROOT)) + "%";
            values.add(pattern);
            values.add(pattern);
        });
        String where = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        return new QuerySql(where, values);
    }

    private static String scopeOrStakeholder(String column) {
        String table = switch (column) {
            case "sector_code" -> "sector";
            case "level_code" -> "level";
            default -> "country";
        };
        return "(EXISTS (SELECT 1 FROM hub_process_" + table + " x WHERE x.process_id = p.process_id AND x." + column
                + " = ?) OR EXISTS (SELECT 1 FROM hub_stakeholder_" + table
                + " y WHERE y.process_id = p.process_id AND y." + column + " = ?))";
    }

    /** Escapes the LIKE wildcards and the escape character itself, so text matches literally. */
    static String escapeLike(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '!' || ch == '%' || ch == '_') {
                b.append('!');
            }
            b.append(ch);
        }
        return b.toString();
    }

    String where() {
        return where;
    }

    /** Binds the values from parameter {@code first} on; returns the next free parameter index. */
    int bind(PreparedStatement s, int first) throws SQLException {
        int i = first;
        for (Object v : values) {
            s.setObject(i++, v);
        }
        return i;
    }
}
