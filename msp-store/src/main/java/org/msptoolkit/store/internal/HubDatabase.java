package org.msptoolkit.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.store.Change;
import org.msptoolkit.store.HubConflictException;
import org.msptoolkit.store.HubException;
import org.msptoolkit.store.HubPage;
import org.msptoolkit.store.HubQuery;
import org.msptoolkit.store.ProcessSummary;
import org.msptoolkit.store.Revision;
import org.msptoolkit.store.StoredProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JDBC side of a hub: schema migration, puts in one transaction each, reads and queries. */
public final class HubDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubDatabase.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final MspFormat FORMAT = MspFormat.json();

    private final DataSource dataSource;
    private final @Nullable HikariDataSource owned;
    private final String description;

    private HubDatabase(DataSource dataSource, @Nullable HikariDataSource owned, String description) {
        this.dataSource = dataSource;
        this.owned = owned;
        this.description = description;
    }

    /**
     * Opens or creates the H2 hub file in a directory.
     *
     * @param directory the hub directory
     * @return the migrated database
     */
    public static HubDatabase openH2(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new HubException("cannot create the hub directory " + dir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dir.resolve("hub") + ";LOCK_TIMEOUT=20000";
        return migrated(
                pool(url, "sa", "", "hub " + dir), dir.resolve("hub.mv.db").toString());
    }

    /**
     * A hub on a data source the caller owns.
     *
     * @param dataSource the data source
     * @return the migrated database
     */
    public static HubDatabase connect(DataSource dataSource) {
        HubDatabase db = new HubDatabase(
                dataSource, null, "data source " + dataSource.getClass().getSimpleName());
        db.migrate(db.description);
        return db;
    }

    /**
     * A hub on a server, through a pool the hub owns.
     *
     * @param jdbcUrl the JDBC URL
     * @param user the user
     * @param password the password
     * @return the migrated database
     */
    public static HubDatabase pooled(String jdbcUrl, String user, String password) {
        return migrated(pool(jdbcUrl, user, password, "hub " + jdbcUrl), jdbcUrl);
    }

    private static HikariDataSource pool(String url, String user, String password, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("msp-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new HubException("cannot open the " + name + ": " + rootMessage(e), e);
        }
    }

    private static HubDatabase migrated(HikariDataSource pool, String where) {
        HubDatabase db = new HubDatabase(pool, pool, where);
        try {
            db.migrate(where);
            return db;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private void migrate(String where) {
        try {
            Flyway.configure(HubDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .table("msp_hub_schema_history")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new HubException(where + " is not an msp hub or cannot be upgraded: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new HubException("cannot open " + where + ": " + rootMessage(e), e);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT info_value FROM hub_info WHERE info_key = ?")) {
            s.setString(1, "kind");
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !"msp-hub".equals(r.getString(1))) {
                    throw new HubException(where + " is not an msp hub: its hub_info does not say kind = msp-hub");
                }
            }
        } catch (SQLException e) {
            throw new HubException(where + " is not an msp hub: " + e.getMessage(), e);
        }
        LOG.debug("hub ready on {}", where);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /**
     * Stores a revision.
     *
     * @param process the process
     * @param change the change
     * @return the new revision
     */
    public Revision put(MspProcess process, Change change) {
        String json = FORMAT.write(process);
        String id = process.id().value();
        int next = change.basedOn() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean written;
                if (change.basedOn() == 0) {
                    written = insertHead(c, process, at);
                } else {
                    written = updateHead(c, process, change.basedOn(), at);
                }
                if (!written) {
                    c.rollback();
                    throw new HubConflictException(process.id(), change.basedOn(), head(c, id));
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO hub_revision"
                        + " (process_id, revision, author, created_at, message, document) VALUES (?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, id);
                    s.setInt(2, next);
                    s.setString(3, change.author());
                    s.setObject(4, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                    s.setString(5, change.message());
                    s.setString(6, json);
                    s.executeUpdate();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // Another put committed revision `next` first (the revision key is the final guard).
                    c.rollback();
                    throw new HubConflictException(process.id(), change.basedOn(), Math.max(next, head(c, id)));
                }
                ProcessRows.replace(c, process);
                c.commit();
                return new Revision(process.id(), next, change.author(), at, change.message());
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new HubException("cannot store process " + id + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed", e);
        }
    }

    private static boolean insertHead(Connection c, MspProcess p, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO hub_process (head_revision, title, purpose, phase,"
                + " start_day, end_day, stakeholders, participants, meetings, decisions, commitments, links,"
                + " updated_at, process_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindHead(s, p, at, 1);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static boolean updateHead(Connection c, MspProcess p, int basedOn, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE hub_process SET head_revision = ?, title = ?,"
                + " purpose = ?, phase = ?, start_day = ?, end_day = ?, stakeholders = ?, participants = ?,"
                + " meetings = ?, decisions = ?, commitments = ?, links = ?, updated_at = ?"
                + " WHERE process_id = ? AND head_revision = ?")) {
            s.setInt(1, basedOn + 1);
            bindHead(s, p, at, 2);
            s.setInt(15, basedOn);
            return s.executeUpdate() == 1;
        }
    }

    private static void bindHead(PreparedStatement s, MspProcess p, Instant at, int first) throws SQLException {
        int i = first;
        s.setString(i++, p.title());
        s.setString(i++, p.purpose());
        s.setString(i++, p.phase().code());
        s.setObject(i++, p.period().map(x -> x.start()).orElse(null));
        s.setObject(i++, p.period().flatMap(x -> x.end()).orElse(null));
        s.setInt(i++, p.stakeholders().size());
        s.setInt(i++, p.participants().size());
        s.setInt(i++, p.meetings().size());
        s.setInt(i++, p.decisions().size());
        s.setInt(i++, p.commitments().size());
        s.setInt(i++, p.links().size());
        s.setObject(i++, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        s.setString(i, p.id().value());
    }

    private static int head(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT head_revision FROM hub_process WHERE process_id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /**
     * Reads one revision, or the head when {@code revision} is 0.
     *
     * @param id the process
     * @param revision the revision, 0 for the head
     * @return the stored process
     */
    public Optional<StoredProcess> get(ProcessId id, int revision) {
        String sql = "SELECT r.revision, r.author, r.created_at, r.message, r.document FROM hub_revision r"
                + (revision == 0
                        ? " JOIN hub_process p ON p.process_id = r.process_id AND p.head_revision = r.revision"
                                + " WHERE r.process_id = ?"
                        : " WHERE r.process_id = ? AND r.revision = ?");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id.value());
            if (revision != 0) {
                s.setInt(2, revision);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Revision rev = revision(id, r);
                String json = r.getString(5);
                Result<MspProcess> read = FORMAT.readProcess(json);
                MspProcess process = read.orElseThrow(problems -> new HubException("revision " + rev.number()
                        + " of process " + id.value() + " no longer reads as a process: "
                        + problems.stream().map(Object::toString).collect(Collectors.joining("; "))));
                return Optional.of(new StoredProcess(rev, process));
            }
        } catch (SQLException e) {
            throw new HubException("cannot read process " + id.value() + ": " + e.getMessage(), e);
        }
    }

    private static Revision revision(ProcessId id, ResultSet r) throws SQLException {
        LocalDateTime at = r.getObject(3, LocalDateTime.class);
        return new Revision(id, r.getInt(1), r.getString(2), at.toInstant(ZoneOffset.UTC), r.getString(4));
    }

    /**
     * The revisions of a process, oldest first.
     *
     * @param id the process
     * @return the revisions
     */
    public List<Revision> history(ProcessId id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT revision, author, created_at, message"
                        + " FROM hub_revision WHERE process_id = ? ORDER BY revision")) {
            s.setString(1, id.value());
            List<Revision> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(revision(id, r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new HubException("cannot read the history of " + id.value() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a query.
     *
     * @param query the query
     * @return one page
     */
    public HubPage query(HubQuery query) {
        QuerySql sql = QuerySql.of(query);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM hub_process p" + sql.where())) {
                sql.bind(s, 1);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<ProcessSummary> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.process_id, p.head_revision, p.title,"
                    + " p.start_day, p.stakeholders, p.meetings, p.decisions FROM hub_process p" + sql.where()
                    + " ORDER BY p.process_id LIMIT ? OFFSET ?")) {
                int i = sql.bind(s, 1);
                s.setInt(i++, query.limit());
                s.setLong(i, query.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new ProcessSummary(
                                new ProcessId(r.getString(1)),
                                r.getInt(2),
                                r.getString(3),
                                Optional.ofNullable(r.getObject(4, LocalDate.class)),
                                r.getInt(5),
                                r.getInt(6),
                                r.getInt(7)));
                    }
                }
            }
            return new HubPage(items, total, query.offset());
        } catch (SQLException e) {
            throw new HubException("the hub query failed: " + e.getMessage(), e);
        }
    }

    /**
     * The number of processes.
     *
     * @return the count
     */
    public long size() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM hub_process");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new HubException("cannot count the hub's processes: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
