package dev.strata.migrate.exec;

import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.DevReset;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.ImplicitCommits;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.url.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A session on a {@link MemoryDb}, with a dialect that has its implicit commits, a lock that
 * always comes at once and a database that is always clean; and the {@link RevisionStore} on it.
 */
final class MemorySession extends Session {

    private final MemoryDb db;

    MemorySession(MemoryDb db, ImplicitCommits commits) {
        super(new MemoryDialect(commits), null, null);
        this.db = db;
    }

    /** Opens the revisions store of a memory session, as {@link RevisionTable#open} does for a table. */
    static RevisionStore store(Session session, String revisionsSchema) {
        MemoryDb db = ((MemorySession) session).db;
        boolean existed = db.tableExists();
        return new RevisionStore() {
            @Override
            public String schema() {
                return "memory";
            }

            @Override
            public boolean existed() {
                return existed;
            }

            @Override
            public void ensure() {
                db.createTable();
            }

            @Override
            public List<Revision> read() {
                return db.read();
            }

            @Override
            public void write(Revision r) throws SQLException {
                db.write(r);
            }

            @Override
            public boolean canSendWith(String statement) {
                return false;
            }

            @Override
            public boolean canSendAfter(String statement) {
                return false;
            }

            @Override
            public void send(Revision before, boolean commitBefore, String statement, Revision after,
                             java.util.function.Consumer<java.sql.Statement> running) {
                throw new UnsupportedOperationException("one statement at a time in memory");
            }

            @Override
            public void writeAndCommit(Revision r) throws SQLException {
                write(r);
                session.commitAndContinue();
            }

            @Override
            public void delete(String version) {
                db.delete(version);
            }
        };
    }

    @Override
    public void execute(String sql) throws SQLException {
        db.execute(sql);
    }

    /** No JDBC statement to hand out: a memory statement cannot be cancelled. */
    @Override
    public void execute(String sql, java.util.function.Consumer<java.sql.Statement> running) throws SQLException {
        db.execute(sql);
    }

    @Override
    public void begin() {
        db.begin();
    }

    @Override
    public void autocommit() {
        db.autocommit();
    }

    @Override
    public void commit() {
        db.autocommit();
    }

    @Override
    public void commitAndContinue() {
        db.commitAndContinue();
    }

    @Override
    public void rollbackQuietly() {
        db.rollback();
    }

    @Override
    public void setLockWait(Duration timeout) {
    }

    @Override
    public boolean isLockWaitTimeout(SQLException e) {
        return false;
    }

    @Override
    public void close() {
    }

    private record MemoryDialect(ImplicitCommits implicitCommits) implements Dialect {

        @Override
        public String name() {
            return "memory";
        }

        @Override
        public Set<ScanOption> scanOptions() {
            return Set.of();
        }

        @Override
        public Optional<String> boundSchema(DatabaseUrl url) {
            return Optional.empty();
        }

        @Override
        public Session open(DatabaseUrl url) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Session attach(Connection connection) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Locker locker(Session session) {
            return (name, timeout) -> () -> { };
        }

        @Override
        public CleanCheck cleanCheck(Session session) {
            return (schema, table) -> Optional.empty();
        }

        @Override
        public Catalog catalog(Session session) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RevisionSql revisionSql(Session session) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DevReset devReset(Session session) {
            throw new UnsupportedOperationException();
        }
    }
}
