package org.msptoolkit.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.taxonomy.Coded;

/** The normalised query rows of a process's head revision, replaced on every put. */
final class ProcessRows {
    private static final String[] CHILD_TABLES = {
        "hub_process_sector",
        "hub_process_level",
        "hub_process_country",
        "hub_process_type",
        "hub_stakeholder_sector",
        "hub_stakeholder_level",
        "hub_stakeholder_country",
        "hub_stakeholder"
    };

    private ProcessRows() {}

    static void replace(Connection c, MspProcess p) throws SQLException {
        String id = p.id().value();
        for (String table : CHILD_TABLES) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE process_id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
        }
        codes(
                c,
                "INSERT INTO hub_process_sector (process_id, sector_code) VALUES (?, ?)",
                id,
                p.scope().sectors());
        codes(
                c,
                "INSERT INTO hub_process_level (process_id, level_code) VALUES (?, ?)",
                id,
                p.scope().levels());
        codes(
                c,
                "INSERT INTO hub_process_country (process_id, country_code) VALUES (?, ?)",
                id,
                p.scope().countries());
        codes(c, "INSERT INTO hub_process_type (process_id, type_code) VALUES (?, ?)", id, p.types());
        Map<String, Stakeholder> byId = new LinkedHashMap<>();
        for (Stakeholder st : p.stakeholders()) {
            byId.putIfAbsent(st.id().value(), st);
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO hub_stakeholder"
                        + " (process_id, stakeholder_id, name, group_code, kind, public_authority) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Stakeholder st : byId.values()) {
                s.setString(1, id);
                s.setString(2, st.id().value());
                s.setString(3, st.name());
                s.setString(4, st.group().code());
                s.setString(5, st.kind().code());
                s.setBoolean(6, st.publicAuthority());
                s.addBatch();
            }
            s.executeBatch();
        }
        stakeholderCodes(c, "hub_stakeholder_sector", "sector_code", id, byId, Kind.SECTOR);
        stakeholderCodes(c, "hub_stakeholder_level", "level_code", id, byId, Kind.LEVEL);
        stakeholderCodes(c, "hub_stakeholder_country", "country_code", id, byId, Kind.COUNTRY);
    }

    private enum Kind {
        SECTOR,
        LEVEL,
        COUNTRY
    }

    private static void codes(Connection c, String sql, String id, Iterable<? extends Coded> values)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Coded v : values) {
                s.setString(1, id);
                s.setString(2, v.code());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void stakeholderCodes(
            Connection c, String table, String column, String id, Map<String, Stakeholder> byId, Kind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO " + table + " (process_id, stakeholder_id, " + column + ") VALUES (?, ?, ?)")) {
            for (Stakeholder st : byId.values()) {
                Iterable<? extends Coded> values = switch (kind) {
                    case SECTOR -> st.sectors();
                    case LEVEL -> st.levels();
                    case COUNTRY -> st.countries();
                };
                for (Coded v : values) {
                    s.setString(1, id);
                    s.setString(2, st.id().value());
                    s.setString(3, v.code());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
