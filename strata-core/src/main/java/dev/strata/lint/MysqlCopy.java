package dev.strata.lint;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * MYL101 (Strata's; MySQL 8 and MariaDB 10.11, InnoDB): changing the type of a column of an existing
 * table that neither {@code ALGORITHM=INSTANT} nor {@code ALGORITHM=INPLACE} can do, so the server
 * copies the whole table, blocking writes for the copy. The rule, as both servers' online-DDL tables
 * give it for a column's data type: a type change copies, except
 * <ul>
 *   <li>a longer {@code VARCHAR} in the same character set whose length prefix stays the same size
 *       (at most 255 bytes before and after, or more than 255 both times; bytes = characters times the
 *       character set's maximum width: 4 for utf8mb4, 3 for utf8mb3, 1 for latin1 and ascii); and</li>
 *   <li>{@code ENUM}/{@code SET} members added at the end, the storage size unchanged
 *       (ENUM up to 255 members, SET up to 8).</li>
 * </ul>
 * Adding and dropping columns is instant on both (MariaDB 10.4+, MySQL 8.0.29+) and is not reported;
 * nor are NULL/NOT NULL changes, which rebuild in place without blocking writes.
 */
public final class MysqlCopy implements Analyzer {

    public String name() {
        return "mysql_copy";
    }

    public String heading() {
        return "table copies detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (FileChanges.ExistingTableChange e : file.existingTableChanges()) {
            if (e.change() instanceof TableChange.ModifyColumn mc && mc.what().contains(TableChange.ColumnChange.TYPE)
                    && copies(mc.from(), mc.to())) {
                out.add(new Diagnostic("MYL101", e.statement().statement().line(), "Changing the type of column "
                        + Destructive.q(mc.to().name()) + " of table " + Destructive.q(e.table().to().name()) + " from "
                        + Destructive.q(mc.from().type().raw()) + " to " + Destructive.q(mc.to().type().raw())
                        + " needs ALGORITHM=COPY: the table is copied and writes wait for the copy",
                        List.of("Add a column of the new type, backfill it in batches, then switch to it"
                                + " (or run the change with an online schema change tool such as gh-ost or"
                                + " pt-online-schema-change)")));
            }
        }
        return out;
    }

    /** Whether the type change needs a table copy (see the class comment for the rule). */
    static boolean copies(Column from, Column to) {
        ColumnType f = from.type();
        ColumnType t = to.type();
        String fb = base(f.raw());
        String tb = base(t.raw());
        if (fb.equals("varchar") && tb.equals("varchar") && f.size() != null && t.size() != null
                && Objects.equals(charset(from), charset(to)) && t.size() >= f.size()) {
            int width = width(charset(to));
            return (f.size() * width > 255) != (t.size() * width > 255);
        }
        if ((fb.equals("enum") || fb.equals("set")) && fb.equals(tb) && t.values().size() >= f.values().size()
                && t.values().subList(0, f.values().size()).equals(f.values())) {
            int limit = fb.equals("enum") ? 255 : 8;
            return f.values().size() <= limit != t.values().size() <= limit;
        }
        return true;
    }

    private static String charset(Column c) {
        if (c.charset() != null) {
            return c.charset().toLowerCase(Locale.ROOT);
        }
        if (c.collation() != null) {
            int u = c.collation().indexOf('_');
            return (u < 0 ? c.collation() : c.collation().substring(0, u)).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The most bytes a character takes; an unknown character set counts as the widest. */
    private static int width(String charset) {
        if (charset == null) {
            return 4;
        }
        return switch (charset) {
            case "latin1", "ascii", "binary", "latin2", "cp1250", "cp1251", "cp1252" -> 1;
            case "ucs2" -> 2;
            case "utf8", "utf8mb3" -> 3;
            default -> 4;
        };
    }

    private static String base(String raw) {
        String r = raw.toLowerCase(Locale.ROOT).strip();
        int p = r.indexOf('(');
        return (p < 0 ? r : r.substring(0, p)).strip();
    }
}
