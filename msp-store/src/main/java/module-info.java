/**
 * The hub: a store of MSP processes with history (every put a revision), optimistic concurrency,
 * normalised query tables and SQL views, on an embedded H2 file or a PostgreSQL server.
 *
 * @since 0.2.0
 */
module org.msptoolkit.store {
    requires transitive org.msptoolkit.core;
    requires transitive java.sql;
    requires static org.jspecify;
    requires org.msptoolkit.io;
    requires org.slf4j;
    requires flyway.core;
    requires flyway.database.postgresql;
    requires com.h2database;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;

    exports org.msptoolkit.store;
}
