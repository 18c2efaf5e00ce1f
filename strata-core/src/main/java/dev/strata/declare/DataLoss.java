package dev.strata.declare;

import dev.strata.StrataException;
import dev.strata.dialect.Session;
import dev.strata.schema.Change;
import dev.strata.schema.TableChange;
import dev.strata.schema.diff.Destructive;
import dev.strata.schema.diff.DiffDialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a diff's possibly destructive changes would lose data on the database now (issue 15:
 * {@code schema apply} refuses dropping a non-empty table or column): a table that goes is asked
 * for one row, a column that goes for one value that is not NULL. A dropped schema and a narrowed
 * type are kept as they are, since proving them harmless would take reading every value.
 */
final class DataLoss {

    private DataLoss() {
    }

    static List<String> of(List<Change> changes, Session s, DiffDialect dialect) {
        List<String> out = new ArrayList<>();
        for (Destructive.Finding f : Destructive.of(changes, dialect)) {
            if (f.change() instanceof Change.DropTable d) {
                if (any(s, "SELECT 1 FROM " + table(s, d.schema(), d.table().name()))) {
                    out.add(f.reason());
                }
            } else if (f.change() instanceof Change.ModifyTable m && dropped(m, f.reason()) != null) {
                String column = dropped(m, f.reason());
                if (any(s, "SELECT 1 FROM " + table(s, m.schema(), m.from().name()) + " WHERE " + quote(s, column)
                        + " IS NOT NULL")) {
                    out.add(f.reason());
                }
            } else {
                out.add(f.reason());
            }
        }
        return out;
    }

    /** The column a finding about a table says it drops, or null when it says something else. */
    private static String dropped(Change.ModifyTable m, String reason) {
        for (TableChange t : m.changes()) {
            if (t instanceof TableChange.DropColumn d && reason.startsWith("drops column \"" + d.column().name() + "\"")) {
                return d.column().name();
            }
        }
        return null;
    }

    private static boolean any(Session s, String query) {
        try (Statement st = s.connection().createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery(query)) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StrataException("checking for data that the plan would drop: " + s.errorText(e), e);
        }
    }

    private static String table(Session s, String schema, String table) throws StrataException {
        return quote(s, schema) + "." + quote(s, table);
    }

    private static String quote(Session s, String name) {
        try {
            String q = s.connection().getMetaData().getIdentifierQuoteString().strip();
            return q + name.replace(q, q + q) + q;
        } catch (SQLException e) {
            throw new StrataException("checking for data that the plan would drop: " + s.errorText(e), e);
        }
    }
}
