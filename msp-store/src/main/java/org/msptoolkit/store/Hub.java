package org.msptoolkit.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.store.internal.HubDatabase;

/**
 * A store of MSP processes with history: an embedded H2 file for a laptop ({@link #open(Path)}) or a
 * PostgreSQL server for an institution ({@link #connect(DataSource)}, {@link #connect(String, String,
 * String)}). Both use the same schema, migrated by Flyway when the hub opens. Safe for concurrent use
 * from many threads and many hubs on one database.
 *
 * <pre>{@code
 * try (Hub hub = Hub.open(Path.of("my-hub"))) {
 *     Revision first = hub.put(process, Change.create("ana", "first import"));
 *     HubPage page = hub.query(HubQuery.builder().group(StakeholderGroup.WOMEN).build());
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Hub implements AutoCloseable {
    private final HubDatabase database;

    private Hub(HubDatabase database) {
        this.database = database;
    }

    /**
     * Opens (or creates) the embedded hub in a directory: an H2 database file {@code hub.mv.db} in it.
     * A file that is corrupt or is not a hub gives a {@link HubException}, never a half-opened hub.
     *
     * @param directory the hub directory, created when missing
     * @return the open hub; close it when done
     * @throws HubException when the directory cannot hold a hub or its file is corrupt or foreign
     */
    public static Hub open(Path directory) {
        return new Hub(HubDatabase.openH2(directory));
    }

    /**
     * Connects to a hub in a database you manage (PostgreSQL or H2), migrating its schema when needed.
     * Closing the hub does not close the data source.
     *
     * @param dataSource the database, typically a connection pool
     * @return the hub
     * @throws HubException when the database cannot be reached or holds something that is not a hub
     */
    public static Hub connect(DataSource dataSource) {
        return new Hub(HubDatabase.connect(dataSource));
    }

    /**
     * Connects to a hub on a database server through a HikariCP connection pool that the hub owns
     * and closes. Pass credentials from the environment or a vault, never from a command line.
     *
     * @param jdbcUrl e.g. {@code jdbc:postgresql://db.example.org/hub}
     * @param user the database user
     * @param password the user's password
     * @return the hub; close it when done
     * @throws HubException when the server cannot be reached or holds something that is not a hub
     */
    public static Hub connect(String jdbcUrl, String user, String password) {
        return new Hub(HubDatabase.pooled(jdbcUrl, user, password));
    }

    /**
     * Stores a process as a new revision. The change names the head revision it was based on (0 for a
     * new process); when that is no longer the head, nothing is written and a {@link
     * HubConflictException} names both revisions.
     *
     * @param process the process to store
     * @param change the revision it was based on, who stores it and why
     * @return the new revision
     * @throws HubConflictException when the put was based on a stale revision
     * @throws HubException when the database fails
     */
    public Revision put(MspProcess process, Change change) {
        return database.put(process, change);
    }

    /**
     * The head revision of a process.
     *
     * @param id the process
     * @return the process as last put, or empty when the hub does not hold it
     */
    public Optional<StoredProcess> get(ProcessId id) {
        return database.get(id, 0);
    }

    /**
     * One revision of a process.
     *
     * @param id the process
     * @param revision the revision number, 1 or more
     * @return the process as put in that revision, or empty when there is no such revision
     */
    public Optional<StoredProcess> get(ProcessId id, int revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("revision numbers start at 1, got " + revision);
        }
        return database.get(id, revision);
    }

    /**
     * Every revision of a process, oldest first.
     *
     * @param id the process
     * @return the revisions 1, 2, … up to the head; empty when the hub does not hold the process
     */
    public List<Revision> history(ProcessId id) {
        return database.history(id);
    }

    /**
     * One page of the processes that match a query, in process-id order.
     *
     * @param query the criteria and the page
     * @return the page and the total number of matches
     */
    public HubPage query(HubQuery query) {
        return database.query(query);
    }

    /**
     * The number of processes in the hub.
     *
     * @return the count of distinct processes
     */
    public long size() {
        return database.size();
    }

    /** Closes the hub and the connection pool it owns (not a data source passed to it). */
    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return "hub on " + database;
    }
}
