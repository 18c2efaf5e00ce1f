package dev.strata.dialect.sqlite;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.url.DatabaseUrl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** SQLite, through xerial's sqlite-jdbc: the embedded default, no server needed. */
public final class SqliteDialect implements Dialect {

    private static final Set<ScanOption> SCAN = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS));

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
     * or the in-memory {@code sqlite://name?mode=memory}. The parameters of Atlas's Go driver
     * ({@code _fk}, {@code _busy_timeout}, {@code _journal_mode}) are honoured.
     */
    @Override
    public Session open(DatabaseUrl url) {
        String path = url.path();
        if (path.isEmpty()) {
            throw new UsageException("database URL " + url.redacted()
                    + " names no SQLite file (expected sqlite://path/to/file.db)");
        }
        boolean memory = "memory".equals(url.param("mode"));
        boolean uri = memory || path.startsWith("file:");
        List<String> uriParams = new ArrayList<>();
        Properties props = new Properties();
        props.setProperty("busy_timeout", "10000");
        url.params().forEach((k, v) -> {
            switch (k) {
                case "_fk", "_foreign_keys" -> props.setProperty("foreign_keys", Boolean.toString(truthy(v)));
                case "_busy_timeout", "_timeout" -> props.setProperty("busy_timeout", v);
                case "_journal_mode", "_journal" -> props.setProperty("journal_mode", v);
                case "mode", "cache", "immutable", "vfs" -> uriParams.add(k + "=" + v);
                default -> {
                    // Other go-sqlite3 parameters have no counterpart here.
                }
            }
        });
        String jdbc;
        Path file = null;
        if (uri) {
            props.setProperty("open_mode", Integer.toString(0x02 | 0x04 | 0x40)); // READWRITE | CREATE | URI
            String name = path.startsWith("file:") ? path : "file:" + path;
            jdbc = "jdbc:sqlite:" + name + (uriParams.isEmpty() ? "" : "?" + String.join("&", uriParams));
            if (!memory) {
                file = Path.of(name.substring("file:".length()));
            }
        } else {
            jdbc = "jdbc:sqlite:" + path;
            file = Path.of(path);
        }
        try {
            Connection c = new org.sqlite.JDBC().connect(jdbc, props);
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
    public CleanCheck cleanCheck(Session session) {
        return new SqliteCleanCheck(session.jdbc());
    }

    @Override
    public Catalog catalog(Session session) {
        return new SqliteCatalog(session.jdbc());
    }

    @Override
    public RevisionSql revisionSql(Session session) {
        return new SqliteRevisionSql(session.jdbc());
    }
}
