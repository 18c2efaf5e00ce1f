package dev.strata.down;

import dev.strata.StrataException;
import dev.strata.dialect.Session;
import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TypeKind;
import dev.strata.schema.diff.DiffDialect;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One query that counts the rows a planned change would lose: the rows of a dropped table, the
 * values of a dropped column, the values a narrowed column cannot hold. Atlas's pre-migration checks
 * ask only whether a table is empty; counting says how much is at stake.
 *
 * @param object what holds the data, as {@link DataLoss#object()}
 * @param why    what the change does to it
 * @param sql    the count, run on the live database
 */
public record DataLossCheck(String object, String why, String sql) {

    /** The checks for a plan's changes, in their order: only changes that can lose data have one. */
    static List<DataLossCheck> of(Session live, List<Change> changes, DiffDialect dialect) {
        Quoter q = new Quoter(live);
        List<DataLossCheck> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.DropSchema d) {
                for (Table t : d.dropped().tables()) {
                    out.add(table(q, d.dropped().name(), t));
                }
            } else if (c instanceof Change.DropTable d) {
                out.add(table(q, d.schema(), d.table()));
            } else if (c instanceof Change.ModifyTable m) {
                String from = q.table(m.schema(), m.from().name());
                String name = "table \"" + m.schema() + "." + m.from().name() + "\"";
                for (TableChange t : m.changes()) {
                    if (t instanceof TableChange.DropColumn d) {
                        out.add(new DataLossCheck("column \"" + d.column().name() + "\" of " + name, "dropped",
                                "SELECT COUNT(*) FROM " + from + " WHERE " + q.id(d.column().name()) + " IS NOT NULL"));
                    } else if (t instanceof TableChange.ModifyColumn mc
                            && mc.what().contains(TableChange.ColumnChange.TYPE) && dialect.narrows(mc.from(), mc.to())) {
                        out.add(new DataLossCheck("column \"" + mc.from().name() + "\" of " + name,
                                "values that may not fit " + mc.to().type().raw(),
                                "SELECT COUNT(*) FROM " + from + " WHERE " + misfits(q.id(mc.from().name()), mc.from(),
                                        mc.to())));
                    }
                }
            }
        }
        return out;
    }

    /** Runs the count. */
    DataLoss count(Session live) {
        try {
            long n = live.jdbc().queryOne(sql, rs -> rs.getLong(1)).orElse(0L);
            return new DataLoss(object, n, why);
        } catch (SQLException e) {
            throw new StrataException("checking " + object + " for data: " + live.errorText(e), e);
        }
    }

    private static DataLossCheck table(Quoter q, String schema, Table t) {
        return new DataLossCheck("table \"" + schema + "." + t.name() + "\"", "dropped",
                "SELECT COUNT(*) FROM " + q.table(schema, t.name()));
    }

    /**
     * The condition a value fails when it does not fit the new type: a string longer than the new
     * size, an integer outside the new range, a decimal with more digits; any value otherwise (a
     * change of kind, which only the database can judge).
     */
    static String misfits(String col, Column from, Column to) {
        ColumnType a = from.type();
        ColumnType b = to.type();
        if (a.kind() == TypeKind.STRING && b.kind() == TypeKind.STRING && b.size() != null) {
            return "CHAR_LENGTH(" + col + ") > " + b.size();
        }
        if (a.kind() == TypeKind.INTEGER && b.kind() == TypeKind.INTEGER) {
            BigInteger[] range = IntegerRange.of(b.raw(), b.unsigned());
            if (range != null) {
                return col + " < " + range[0] + " OR " + col + " > " + range[1];
            }
        }
        if (a.kind() == TypeKind.DECIMAL && b.kind() == TypeKind.DECIMAL && b.precision() != null) {
            int scale = b.scale() == null ? 0 : b.scale();
            return "ABS(" + col + ") >= 1" + "0".repeat(Math.max(0, b.precision() - scale)) + " OR " + col
                    + " <> ROUND(" + col + ", " + scale + ")";
        }
        return col + " IS NOT NULL";
    }

    /** The ranges of the integer types the SQL databases share by name. */
    static final class IntegerRange {
        private IntegerRange() {
        }

        /** {@code [min, max]}, or null for a name it does not know (then every value counts). */
        static BigInteger[] of(String raw, boolean unsigned) {
            String name = raw.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").replace("unsigned", "").strip();
            int bits = switch (name) {
                case "tinyint" -> 8;
                case "smallint", "int2", "smallserial" -> 16;
                case "mediumint" -> 24;
                case "int", "integer", "int4", "serial" -> 32;
                case "bigint", "int8", "bigserial" -> 64;
                default -> 0;
            };
            if (bits == 0) {
                return null;
            }
            if (unsigned) {
                return new BigInteger[]{BigInteger.ZERO, BigInteger.TWO.pow(bits).subtract(BigInteger.ONE)};
            }
            BigInteger half = BigInteger.TWO.pow(bits - 1);
            return new BigInteger[]{half.negate(), half.subtract(BigInteger.ONE)};
        }
    }

    /** Quotes names as the live database's driver says its identifiers are quoted. */
    private record Quoter(String mark) {
        Quoter(Session live) {
            this(quoteMark(live));
        }

        private static String quoteMark(Session live) {
            try {
                String m = live.connection().getMetaData().getIdentifierQuoteString();
                return m == null || m.isBlank() ? "\"" : m.strip();
            } catch (SQLException e) {
                return "\"";
            }
        }

        String id(String name) {
            return mark + name.replace(mark, mark + mark) + mark;
        }

        String table(String schema, String table) {
            return (schema == null ? "" : id(schema) + ".") + id(table);
        }
    }
}
