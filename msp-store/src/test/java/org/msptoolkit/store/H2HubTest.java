package org.msptoolkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.model.ProcessId;

/** The hub suite on the embedded back end: an H2 file in a temporary directory. */
class H2HubTest extends HubContract {
    @TempDir
    Path dir;

    private int hubs;

    @Override
    Hub newHub() {
        return Hub.open(dir.resolve("hub-" + ++hubs));
    }

    @Test
    void aHubFileKeepsItsProcessesAcrossReopening() {
        Path where = dir.resolve("kept");
        try (Hub first = Hub.open(where)) {
            first.put(process("k1", "Kept"), Change.create("ana", "create"));
        }
        assertThat(Files.exists(where.resolve("hub.mv.db"))).isTrue();
        try (Hub again = Hub.open(where)) {
            assertThat(again.get(ProcessId.of("k1")).orElseThrow().process().title())
                    .isEqualTo("Kept");
            assertThat(again.history(ProcessId.of("k1"))).hasSize(1);
        }
    }

    @Test
    void aCorruptHubFileGivesAClearError() throws Exception {
        Path where = dir.resolve("corrupt");
        Files.createDirectories(where);
        byte[] junk = new byte[8192];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        Files.write(where.resolve("hub.mv.db"), junk);
        assertThatThrownBy(() -> Hub.open(where))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("cannot open the hub " + where.toAbsolutePath());
    }

    @Test
    void aForeignDatabaseFileIsNotOpenedAsAHub() throws Exception {
        Path where = dir.resolve("foreign");
        Files.createDirectories(where);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + where.toAbsolutePath() + "/hub", "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INT PRIMARY KEY, amount DECIMAL(10,2))");
        }
        assertThatThrownBy(() -> Hub.open(where))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("is not an msp hub");
        // Nothing was half-created: the foreign database has no hub tables.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + where.toAbsolutePath() + "/hub", "sa", "");
                Statement s = c.createStatement();
                var r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'HUB%'")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }
}
