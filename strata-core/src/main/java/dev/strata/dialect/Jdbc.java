package dev.strata.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one place that prepares, binds and reads JDBC statements (Atlas's {@code sqlx.ScanOne} and
 * friends): a query is its SQL, what to make of a row, and its arguments. Arguments are bound with
 * {@code setObject}, or by a {@link Bind} where a driver needs the type spelled out (a timestamp,
 * JSON). Catalog queries of every dialect go through here, so none writes the
 * prepare-bind-iterate-close dance again.
 */
public final class Jdbc {

    /** Makes a value of the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Takes in the current row. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** Binds an argument the driver cannot take as a plain object. */
    @FunctionalInterface
    public interface Bind {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private final Connection connection;

    public Jdbc(Connection connection) {
        this.connection = connection;
    }

    /** Runs a query and hands each row to {@code each}, in order. */
    public void forEach(String sql, RowConsumer each, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                each.accept(rs);
            }
        }
    }

    /** Every row of a query, mapped; a new list the caller may change. */
    public <T> List<T> query(String sql, RowMapper<T> row, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        forEach(sql, rs -> out.add(row.map(rs)), args);
        return out;
    }

    /** The first row of a query, mapped; empty when there is none or it maps to null. */
    public <T> Optional<T> queryOne(String sql, RowMapper<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /** The first column of every row, as strings. */
    public List<String> queryStrings(String sql, Object... args) throws SQLException {
        return query(sql, rs -> rs.getString(1), args);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    /**
     * Runs a prepared statement that holds several statements (the driver sends them together) and
     * reads every result, so that a failure of any of them is thrown here.
     */
    public void updateAll(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.execute();
            while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
                // Each result read; nothing to keep.
            }
        }
    }

    /**
     * As {@link #updateAll}, handing the JDBC statement to {@code running} first, so another thread
     * can {@link Statement#cancel() cancel} it.
     */
    public void updateAll(String sql, Consumer<Statement> running, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            running.accept(ps);
            ps.execute();
            while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
                // Each result read; nothing to keep.
            }
        }
    }

    /**
     * Runs statements as plain text, one after another, on one statement object: no arguments, no
     * JDBC escape processing (a migration's {@code {fn ...}} or {@code ?} is the database's to read).
     */
    public void execute(String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setEscapeProcessing(false);
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /**
     * Runs one statement as plain text, as {@link #execute(String...)}, handing its JDBC statement to
     * {@code running} first, so another thread can {@link Statement#cancel() cancel} it.
     */
    public void execute(String sql, Consumer<Statement> running) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setEscapeProcessing(false);
            running.accept(st);
            st.execute(sql);
        }
    }

    private PreparedStatement prepare(String sql, Object[] args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Bind b) {
                    b.bind(ps, i + 1);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
