package dev.strata.dialect.sqlite;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.DevReset;
import dev.strata.dialect.DdlPlanner;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Inspector;
import dev.strata.dialect.JdbcDrivers;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.dialect.UrlParameters;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.schema.diff.DiffDialect;
import dev.strata.url.DatabaseUrl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** SQLite, through xerial's sqlite-jdbc: the embedded default, no server needed. */
public final class SqliteDialect implements Dialect {

    private static final Set<ScanOption> SCAN = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS));

    /** go-sqlite3's parameters that set a pragma, and the sqlite-jdbc property that sets it. */
    private static final Map<String, String> GO_PRAGMAS = Map.ofEntries(
            Map.entry("_busy_timeout", "busy_timeout"), Map.entry("_timeout", "busy_timeout"),
            Map.entry("_journal_mode", "journal_mode"), Map.entry("_journal", "journal_mode"),
            Map.entry("_sync", "synchronous"), Map.entry("_synchronous", "synchronous"),
            Map.entry("_cache_size", "cache_size"), Map.entry("_case_sensitive_like", "case_sensitive_like"),
            Map.entry("_cslike", "case_sensitive_like"), Map.entry("_defer_foreign_keys", "defer_foreign_keys"),
            Map.entry("_defer_fk", "defer_foreign_keys"), Map.entry("_locking_mode", "locking_mode"),
            Map.entry("_locking", "locking_mode"), Map.entry("_recursive_triggers", "recursive_triggers"),
            Map.entry("_rt", "recursive_triggers"), Map.entry("_secure_delete", "secure_delete"));

    /** SQLite's URI parameters, which go into the file: URI. */
    private static final Set<String> URI_PARAMS = Set.of("mode", "cache", "immutable", "vfs");

    /** go-sqlite3's parameters about its Go side (time zones, mutexes, transactions, its user extension): nothing to do here. */
    private static final Set<String> GO_IGNORED = Set.of("_loc", "_mutex", "_txlock", "_auth", "_auth_user",
            "_auth_pass", "_auth_crypt", "_auth_salt");

    @Override
    public String name() {
        return "sqlite3";
    }

    @Override
    public Set<ScanOption> scanOptions() {
        return SCAN;
    }

    @Override
    public Optional<String> boundSchema(DatabaseUrl url) {
        return Optional.of("main");
    }

    /**
     * Opens {@code sqlite://file.db}, {@code sqlite:///abs/file.db}, {@code sqlite://file:/abs/x.db},
     * the in-memory {@code sqlite://name?mode=memory}, or a JDBC URL's {@code jdbc:sqlite:file.db}
     * and {@code jdbc:sqlite::memory:}. The parameters of Atlas's Go driver ({@code _fk},
     * {@code _busy_timeout}, {@code _journal_mode}, ...) and sqlite-jdbc's own are honoured; any other
     * is refused.
     */
    @Override
    public Session open(DatabaseUrl url) {
        String path = url.path();
        if (path.isEmpty()) {
            throw new UsageException("database URL " + url.redacted()
                    + " names no SQLite file (expected sqlite://path/to/file.db)");
        }
        Driver driver = JdbcDrivers.load("org.sqlite.JDBC", "SQLite", "org.xerial:sqlite-jdbc");
        boolean memory = "memory".equals(url.param("mode")) || path.equals(":memory:");
        boolean uri = memory || path.startsWith("file:");
        List<String> uriParams = new ArrayList<>();
        Properties props = new Properties();
        props.setProperty("busy_timeout", "10000");
        Set<String> driverKnows = null;
        for (Map.Entry<String, String> p : url.params().entrySet()) {
            String k = p.getKey();
            String v = p.getValue();
            if (k.equals("_fk") || k.equals("_foreign_keys")) {
                props.setProperty("foreign_keys", Boolean.toString(truthy(v)));
            } else if (GO_PRAGMAS.containsKey(k)) {
                props.setProperty(GO_PRAGMAS.get(k), v);
            } else if (URI_PARAMS.contains(k)) {
                uriParams.add(k + "=" + v);
            } else if (!GO_IGNORED.contains(k)) {
                if (driverKnows == null) {
                    driverKnows = UrlParameters.driverKnows(driver, "jdbc:sqlite:");
                }
                if (!driverKnows.contains(k)) {
                    Set<String> known = new TreeSet<>(driverKnows);
                    known.addAll(GO_PRAGMAS.keySet());
                    known.addAll(URI_PARAMS);
                    known.addAll(GO_IGNORED);
                    known.addAll(List.of("_fk", "_foreign_keys"));
                    throw UrlParameters.unknown(url, k, known, "Atlas's URLs or the SQLite JDBC driver");
                }
                props.setProperty(k, v);
            }
        }
        String jdbc;
        Path file = null;
        if (uri) {
            props.setProperty("open_mode", Integer.toString(0x02 | 0x04 | 0x40)); // READWRITE | CREATE | URI
            String name = path.equals(":memory:") ? "file::memory:" : path.startsWith("file:") ? path : "file:" + path;
            jdbc = "jdbc:sqlite:" + name + (uriParams.isEmpty() ? "" : "?" + String.join("&", uriParams));
            if (!memory) {
                file = Path.of(name.substring("file:".length()));
            }
        } else {
            jdbc = "jdbc:sqlite:" + path;
            file = Path.of(path);
        }
        try {
            Connection c = driver.connect(jdbc, props);
            if (c == null) {
                throw new StrataException("cannot open " + url.redacted() + ": the driver rejected the URL");
            }
            return new SqliteSession(this, c, file == null ? null : file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StrataException("cannot open " + url.redacted() + ": " + e.getMessage(), e);
        }
    }

    private static boolean truthy(String v) {
        return v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("yes");
    }

    @Override
    public Session attach(Connection connection) {
        Path file = null;
        try {
            String jdbc = connection.getMetaData().getURL();
            if (jdbc != null && jdbc.startsWith("jdbc:sqlite:")) {
                String name = jdbc.substring("jdbc:sqlite:".length());
                int q = name.indexOf('?');
                name = q < 0 ? name : name.substring(0, q);
                if (name.startsWith("file:")) {
                    name = name.substring("file:".length());
                }
                if (!name.isEmpty() && !name.equals(":memory:") && !jdbc.contains("mode=memory")) {
                    file = Path.of(name).toAbsolutePath();
                }
            }
        } catch (SQLException e) {
            throw new StrataException("reading the connection's settings: " + e.getMessage(), e);
        }
        return new SqliteSession(this, connection, file);
    }

    /** The file lock beside the database file, which only a session opened here knows. */
    @Override
    public Locker locker(Session session) {
        if (!(session instanceof SqliteSession s)) {
            throw new IllegalArgumentException("not an SQLite session: " + session.dialect().name());
        }
        return new SqliteLocker(s.file());
    }

    @Override
    public boolean locksOnServer() {
        return false;
    }

    @Override
    public CleanCheck cleanCheck(Session session) {
        return new SqliteCleanCheck(session.jdbc());
    }

    @Override
    public DevReset devReset(Session session) {
        return new SqliteDevReset(session);
    }

    @Override
    public Catalog catalog(Session session) {
        return new SqliteCatalog(session.jdbc());
    }

    @Override
    public RevisionSql revisionSql(Session session) {
        return new SqliteRevisionSql(session.jdbc());
    }

    @Override
    public Inspector inspector(Session session) {
        return new SqliteInspector(session);
    }

    @Override
    public DdlPlanner ddlPlanner(Session session) {
        return new SqliteDdl(session);
    }

    @Override
    public DiffDialect diffDialect(Session session) {
        return new SqliteDiff();
    }
}
