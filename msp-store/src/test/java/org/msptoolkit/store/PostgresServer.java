package org.msptoolkit.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * One real PostgreSQL server per test JVM, started on first use from zonky's Maven-packaged binaries.
 * As root (CI containers), zonky runs initdb and pg_ctl under {@code unshare -U}, which PostgreSQL
 * accepts because the process is then not uid 0; if the server cannot start at all the PostgreSQL
 * tests are skipped with the reason, never run against something else.
 */
final class PostgresServer {
    private static EmbeddedPostgres server;
    private static String failure;

    private PostgresServer() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null && failure == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                try (Connection c = server.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT version()")) {
                    r.next();
                    System.out.println("msp-store tests: PostgreSQL server started: " + r.getString(1));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (Exception e) {
                        // the JVM is going away
                    }
                }));
            } catch (Exception e) {
                failure = "a real PostgreSQL server could not be started (" + e + "); the PostgreSQL hub tests"
                        + " are skipped. Running as root needs 'unshare -U' (util-linux) and user namespaces.";
                System.out.println("msp-store tests: " + failure);
            }
        }
        Assumptions.assumeTrue(server != null, () -> failure);
        return server;
    }

    static String freshDatabase(String name) throws Exception {
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name); // test-made name: letters, digits and _ only
        }
        return name;
    }

    static String url(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    static DataSource dataSource(String database) {
        return server().getDatabase("postgres", database);
    }
}
