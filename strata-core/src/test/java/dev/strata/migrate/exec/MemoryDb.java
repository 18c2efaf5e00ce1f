package dev.strata.migrate.exec;

import dev.strata.dialect.ImplicitCommits;
import dev.strata.migrate.Names;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database in memory for engine tests without a server: the statements whose effect is
 * committed, the committed revision rows, one open transaction, and a fault planted at the n-th
 * write of a row or the n-th statement. A statement that commits on its own (by the dialect's
 * {@link ImplicitCommits}) commits the open transaction first, as MySQL's DDL does.
 */
final class MemoryDb {

    /** What happens at the planted step. */
    enum Fault {
        /** The step fails with an SQLException before it has any effect. */
        THROW,
        /** The process dies just before the step: nothing after it runs, nothing uncommitted survives. */
        CRASH_BEFORE,
        /** The process dies just after the step took effect, before anyone learns that it did. */
        CRASH_AFTER
    }

    /** Where the fault is planted. */
    enum Step { WRITE, STATEMENT }

    /** The death of the process: an Error, so no {@code catch (RuntimeException)} of the engine cleans up. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("killed", null, false, false);
        }
    }

    private final ImplicitCommits commits;
    /** Statements whose effect is committed, in the order they ran. */
    private final List<String> done = new ArrayList<>();
    private final Map<String, Revision> rows = new TreeMap<>(Names::compare);
    private boolean tableExists;

    private boolean autocommit = true;
    private final List<String> txStatements = new ArrayList<>();
    /** Rows written in the open transaction; a null value is a deleted row. */
    private final Map<String, Revision> txRows = new LinkedHashMap<>();

    private Step faultStep;
    private int faultAt;
    private Fault fault;
    private int writes;
    private int statements;
    private boolean faultHit;
    private boolean dead;

    MemoryDb(ImplicitCommits commits) {
        this.commits = commits;
    }

    /** Plants a fault at the n-th step of that kind (from 1), counted from now. */
    void plant(Step step, int n, Fault what) {
        faultStep = step;
        faultAt = n;
        fault = what;
        writes = 0;
        statements = 0;
        faultHit = false;
    }

    void clearFault() {
        faultStep = null;
    }

    boolean faultHit() {
        return faultHit;
    }

    /** A new connection: after a crash, the database is up again with what was committed. */
    void reconnect() {
        dead = false;
        autocommit = true;
        txStatements.clear();
        txRows.clear();
    }

    List<String> done() {
        return List.copyOf(done);
    }

    /** The committed rows, in version order. */
    List<Revision> committedRows() {
        return new ArrayList<>(rows.values());
    }

    void execute(String sql) throws SQLException {
        boolean after = step(Step.STATEMENT, ++statements);
        if (sql.contains("FAIL")) {
            throw new SQLException("syntax error near FAIL");
        }
        if (commits.commitsImplicitly(sql)) {
            commitTx();
            done.add(sql);
        } else if (autocommit) {
            done.add(sql);
        } else {
            txStatements.add(sql);
        }
        if (after) {
            die();
        }
    }

    boolean tableExists() {
        return tableExists;
    }

    void createTable() {
        alive();
        tableExists = true;
    }

    List<Revision> read() {
        alive();
        Map<String, Revision> view = new TreeMap<>(Names::compare);
        view.putAll(rows);
        applyTxRows(view);
        return new ArrayList<>(view.values());
    }

    void write(Revision r) throws SQLException {
        boolean after = step(Step.WRITE, ++writes);
        if (autocommit) {
            rows.put(r.version(), r);
        } else {
            txRows.put(r.version(), r);
        }
        if (after) {
            die();
        }
    }

    void delete(String version) {
        alive();
        if (autocommit) {
            rows.remove(version);
        } else {
            txRows.put(version, null);
        }
    }

    void begin() {
        alive();
        autocommit = false;
    }

    /** Leaving a transaction commits it, as JDBC's {@code setAutoCommit(true)} does. */
    void autocommit() {
        alive();
        commitTx();
        autocommit = true;
    }

    void commitAndContinue() {
        alive();
        commitTx();
    }

    void rollback() {
        if (!dead) {
            txStatements.clear();
            txRows.clear();
            autocommit = true;
        }
    }

    private void commitTx() {
        done.addAll(txStatements);
        applyTxRows(rows);
        txStatements.clear();
        txRows.clear();
    }

    private void applyTxRows(Map<String, Revision> into) {
        txRows.forEach((v, r) -> {
            if (r == null) {
                into.remove(v);
            } else {
                into.put(v, r);
            }
        });
    }

    /** Counts a step; fails or dies before it as planted. @return whether to die after it */
    private boolean step(Step kind, int count) throws SQLException {
        alive();
        if (kind != faultStep || count != faultAt) {
            return false;
        }
        faultHit = true;
        switch (fault) {
            case THROW -> throw new SQLException("injected failure at " + kind + " " + count);
            case CRASH_BEFORE -> die();
            default -> {
                return true;
            }
        }
        return false;
    }

    private void die() {
        dead = true;
        txStatements.clear();
        txRows.clear();
        throw new Crash();
    }

    private void alive() {
        if (dead) {
            throw new Crash();
        }
    }
}
