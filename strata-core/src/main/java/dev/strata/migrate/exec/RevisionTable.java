package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.migrate.Names;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code atlas_schema_revisions} through the dialect's SQL. */
public final class RevisionTable implements RevisionStore {

    /** The table name, as Atlas names it. */
    public static final String NAME = "atlas_schema_revisions";
    /** Atlas's cloud bookkeeping row: never read, written or deleted here. */
    static final String RESERVED_VERSION = ".atlas_cloud_identifier";

    /** Rows by version, in byte order of the UTF-8 versions. */
    private static final Comparator<Revision> BY_VERSION = new ByVersion();

    private final Session session;
    private final RevisionSql sql;
    private final String schema;
    /** The table's columns when it was opened: empty when it did not exist. */
    private final Map<String, String> columns;
    private final String upsert;
    /** The upsert and COMMIT in one statement; null where the dialect sends them apart. */
    private final String upsertAndCommit;

    private RevisionTable(Session session, RevisionSql sql, String schema, Map<String, String> columns) {
        this.session = session;
        this.sql = sql;
        this.schema = schema;
        this.columns = columns;
        this.upsert = sql.upsert(schema);
        this.upsertAndCommit = sql.upsertAndCommit(schema);
    }

    /**
     * Finds the table with one query: in the schema the flag names, else the schema the URL binds,
     * else Atlas's default schema.
     *
     * @throws AmbiguousRevisionsException when the URL binds a schema without the table while the
     *                                     default schema has one, and no flag says which to use
     *                                     (Atlas's guard)
     */
    public static RevisionTable open(Session session, String flag) throws SQLException {
        boolean flagged = flag != null && !flag.isEmpty();
        RevisionSql sql = session.dialect().revisionSql(session);
        String fallback = sql.defaultSchema();
        String schema = flagged ? flag : session.boundSchema().orElse(fallback);
        sql.checkSchema(schema);
        boolean ambiguous = !flagged && session.boundSchema().isPresent() && !schema.equals(fallback);
        Map<String, Map<String, String>> found = sql.columns(ambiguous ? List.of(schema, fallback) : List.of(schema));
        if (ambiguous && !found.containsKey(schema) && found.containsKey(fallback)) {
            throw new AmbiguousRevisionsException(schema);
        }
        return new RevisionTable(session, sql, schema, found.getOrDefault(schema, Map.of()));
    }

    @Override
    public String schema() {
        return schema;
    }

    /** Whether the table existed when it was opened. */
    @Override
    public boolean existed() {
        return !columns.isEmpty();
    }

    /**
     * Creates the table, or brings an existing one up to Atlas's shape: missing columns are added,
     * extra columns are left as they are, and a column of an incompatible type is an error.
     */
    @Override
    public void ensure() throws SQLException {
        if (!existed()) {
            for (String ddl : sql.create(schema)) {
                session.execute(ddl);
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String column : RevisionSql.COLUMNS) {
            String type = columns.get(column);
            if (type == null) {
                missing.add(column);
            } else if (!sql.compatible(column, type)) {
                throw new StrataException("revisions table " + sql.table(schema) + ": column " + column + " has type "
                        + type + ", expected " + sql.expectedType(column)
                        + " (fix the column or use another --revisions-schema)");
            }
        }
        for (String column : missing) {
            session.execute(sql.addColumn(schema, column));
        }
    }

    /** All rows but Atlas's reserved one, in version order (byte order of the UTF-8 versions). */
    @Override
    public List<Revision> read() throws SQLException {
        return read(true);
    }

    @Override
    public List<Revision> readToPlan() throws SQLException {
        return read(false);
    }

    private List<Revision> read(boolean allTimes) throws SQLException {
        List<Revision> rows = session.jdbc().query("SELECT " + String.join(", ", RevisionSql.COLUMNS) + " FROM "
                + sql.table(schema) + " WHERE version <> ?", rs -> row(rs, allTimes), RESERVED_VERSION);
        // The table usually returns them in that order already; Comparator.comparing would spin a
        // lambda class at run time on the connection's thread.
        rows.sort(BY_VERSION);
        return rows;
    }

    /** The current row; without {@code allTimes} a complete row's executed_at is left undecoded (null). */
    private Revision row(ResultSet rs, boolean allTimes) throws SQLException {
        int applied = rs.getInt(4);
        int total = rs.getInt(5);
        Instant executedAt = allTimes || applied != total ? sql.readTimestamp(rs, 6) : null;
        // partial_hashes is parsed on every row all the same: a row the JSON of which is broken is
        // refused by every command, and its usual value, null, costs next to nothing to read.
        return new Revision(rs.getString(1), rs.getString(2), rs.getInt(3), applied, total, executedAt,
                Duration.ofNanos(rs.getLong(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                JsonStrings.parse(rs.getString(11)), rs.getString(12));
    }

    /** Inserts the row, or updates it keeping its version, description and first execution time. */
    @Override
    public void write(Revision r) throws SQLException {
        session.jdbc().update(upsert, values(r));
    }

    @Override
    public void writeAndCommit(Revision r) throws SQLException {
        if (upsertAndCommit == null) {
            write(r);
            session.commitAndContinue();
        } else {
            session.jdbc().updateAll(upsertAndCommit, values(r));
        }
    }

    /**
     * The statement goes into a prepared statement with the upserts, and the driver reads the text
     * for placeholders and JDBC escapes: one holding {@code ?}, a brace or a backslash (which could
     * change how the driver reads quotes) is sent on its own. Its text is never altered.
     */
    @Override
    public boolean canSendWith(String statement) {
        if (upsertAndCommit == null) {
            return false;
        }
        // A plain loop: it runs for every statement of a fresh apply, mostly before C1 has compiled
        // it, and a stream's pipeline costs the interpreter many times the characters it reads.
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c == '?' || c == '{' || c == '}' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * The statement must end with its {@code ;} (MySQL refuses the empty statement a second one
     * would make), and that {@code ;} must not be the end of a comment on the last line, which
     * would carry the row into the statement.
     */
    @Override
    public boolean canSendAfter(String statement) {
        String lastLine = statement.substring(statement.lastIndexOf('\n') + 1);
        return canSendWith(statement) && statement.endsWith(";") && !lastLine.contains("--")
                && !lastLine.contains("#") && !lastLine.contains("/*");
    }

    @Override
    public void send(Revision before, boolean commitBefore, String statement, Revision after,
                     Consumer<java.sql.Statement> running) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (before != null) {
            sql.append(commitBefore ? upsertAndCommit : upsert).append(";\n");
            args.addAll(Arrays.asList(values(before)));
        }
        sql.append(statement);
        if (after != null) {
            sql.append('\n').append(upsertAndCommit);
            args.addAll(Arrays.asList(values(after)));
        }
        session.jdbc().updateAll(sql.toString(), running, args.toArray());
    }

    /** The upsert's parameters, bound by the driver: never spliced into the SQL. */
    private Object[] values(Revision r) {
        if (RESERVED_VERSION.equals(r.version())) {
            throw new StrataException("the revision version " + RESERVED_VERSION + " is reserved");
        }
        Jdbc.Bind executedAt = (ps, i) -> sql.bindTimestamp(ps, i, r.executedAt());
        Jdbc.Bind partialHashes = (ps, i) -> sql.bindJson(ps, i, JsonStrings.format(r.partialHashes()));
        return new Object[] {r.version(), r.description(), (long) r.type(), (long) r.applied(), (long) r.total(),
            executedAt, r.executionTime().toNanos(), r.error(), r.errorStatement(), r.hash(), partialHashes,
            r.operatorVersion()};
    }

    @Override
    public void delete(String version) throws SQLException {
        session.jdbc().update("DELETE FROM " + sql.table(schema) + " WHERE version = ?", version);
    }

    /** A class of its own, not a lambda: see {@link #read()}. */
    private static final class ByVersion implements Comparator<Revision> {
        @Override
        public int compare(Revision a, Revision b) {
            return Names.compare(a.version(), b.version());
        }
    }
}
