package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.TableChange;
import dev.strata.schema.TypeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strata's PostgreSQL lock checks (codes PGL101–PGL107), as Squawk and strong_migrations make them:
 * statements on a table that already exists which hold a lock that blocks writes (or reads) while
 * the whole table is scanned or rewritten.
 */
public final class PgLocks implements Analyzer {

    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval|txid_current)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern VACUUM_FULL = Pattern.compile("^VACUUM\\b(\\s*\\([^)]*\\bFULL\\b[^)]*\\)|.*\\bFULL\\b)");
    private static final Pattern CLUSTER = Pattern.compile("^CLUSTER\\b");

    public String name() {
        return "pg_locks";
    }

    public String heading() {
        return "table locks detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            rewrite(s, out);
            for (Change c : s.changes()) {
                if (c instanceof Change.ModifyTable m && !file.tableCreatedBefore(i, m.schema(), m.from().name())) {
                    table(file, i, s, m, out);
                }
            }
        }
        return out;
    }

    private static void table(FileChanges file, int i, StatementChanges s, Change.ModifyTable m, List<Diagnostic> out) {
        int line = s.statement().line();
        String t = Destructive.q(m.to().name());
        boolean notValid = s.normalized().contains("NOT VALID");
        for (TableChange tc : m.changes()) {
            if (tc instanceof TableChange.AddForeignKey a && !notValid) {
                out.add(new Diagnostic("PGL101", line, "Adding foreign key " + Destructive.q(a.key().name()) + " on table "
                        + t + " without NOT VALID blocks writes to both tables while every row is checked",
                        List.of("Add it with NOT VALID, then VALIDATE CONSTRAINT " + Destructive.q(a.key().name())
                                + " in a later statement")));
            } else if (tc instanceof TableChange.AddCheck a && !notValid) {
                out.add(new Diagnostic("PGL102", line, "Adding check " + Destructive.q(a.check().name()) + " on table "
                        + t + " without NOT VALID blocks reads and writes while every row is checked",
                        List.of("Add it with NOT VALID, then VALIDATE CONSTRAINT " + Destructive.q(a.check().name())
                                + " in a later statement")));
            } else if (tc instanceof TableChange.ModifyColumn mc) {
                String c = Destructive.q(mc.to().name());
                if (mc.what().contains(TableChange.ColumnChange.NULL) && mc.from().nullable() && !mc.to().nullable()
                        && !file.columnCreatedBefore(i, m.schema(), m.from().name(), mc.to().name())
                        && !hasNotNullCheck(m, mc.to().name())) {
                    out.add(new Diagnostic("PGL103", line, "Setting column " + c + " of table " + t
                            + " NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
                            List.of("First add CHECK (" + mc.to().name() + " IS NOT NULL) NOT VALID and validate it;"
                                    + " SET NOT NULL then skips the scan")));
                }
                if (mc.what().contains(TableChange.ColumnChange.TYPE) && rewrites(mc.from().type(), mc.to().type())) {
                    out.add(new Diagnostic("PGL104", line, "Changing the type of column " + c + " of table " + t
                            + " from " + Destructive.q(mc.from().type().raw()) + " to " + Destructive.q(mc.to().type().raw())
                            + " rewrites the table under an ACCESS EXCLUSIVE lock",
                            List.of("Add a column of the new type, backfill it in batches, then switch to it")));
                }
            } else if (tc instanceof TableChange.AddColumn a && volatileDefault(a.column())) {
                out.add(new Diagnostic("PGL105", line, "Adding column " + Destructive.q(a.column().name()) + " to table "
                        + t + " with a volatile default rewrites the table under an ACCESS EXCLUSIVE lock",
                        List.of("Add the column without a default (or with a constant one), then backfill it in batches")));
            }
        }
    }

    /** PGL106, PGL107: statements that rewrite a whole table under an ACCESS EXCLUSIVE lock by their text. */
    private static void rewrite(StatementChanges s, List<Diagnostic> out) {
        String text = s.normalized().strip();
        int line = s.statement().line();
        if (VACUUM_FULL.matcher(text).find()) {
            out.add(new Diagnostic("PGL106", line, "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock:"
                    + " no reads or writes until it ends",
                    List.of("Use plain VACUUM (no lock on reads and writes), or pg_repack to reclaim the space online")));
        } else if (CLUSTER.matcher(text).find()) {
            out.add(new Diagnostic("PGL107", line, "CLUSTER rewrites the table in index order under an ACCESS EXCLUSIVE"
                    + " lock: no reads or writes until it ends",
                    List.of("Run it in a maintenance window outside migrations, or use pg_repack --order-by online")));
        }
    }

    private static boolean hasNotNullCheck(Change.ModifyTable m, String column) {
        String want = column.toLowerCase(Locale.ROOT) + " is not null";
        for (Check k : m.from().checks()) {
            if (k.expr().toLowerCase(Locale.ROOT).replace("\"", "").replaceAll("[()]", "").strip().equals(want)) {
                return true;
            }
        }
        return false;
    }

    private static boolean volatileDefault(Column c) {
        return c.defaultValue() instanceof DefaultValue.Expression e && VOLATILE.matcher(e.sql()).find();
    }

    /** Whether PostgreSQL rewrites the table for this type change (a binary-coercible change does not). */
    static boolean rewrites(ColumnType from, ColumnType to) {
        if (from.kind() == TypeKind.STRING && to.kind() == TypeKind.STRING) {
            String f = base(from.raw());
            String t = base(to.raw());
            if (t.equals("text")) {
                return !(f.startsWith("character varying") || f.startsWith("varchar") || f.equals("text"));
            }
            return !f.equals(t) || from.size() == null && to.size() != null
                    || from.size() != null && to.size() != null && to.size() < from.size();
        }
        if (from.kind() == TypeKind.DECIMAL && to.kind() == TypeKind.DECIMAL) {
            return to.precision() != null && (from.precision() == null || to.precision() < from.precision()
                    || !java.util.Objects.equals(from.scale(), to.scale()));
        }
        return true;
    }

    private static String base(String raw) {
        String r = raw.toLowerCase(Locale.ROOT);
        int p = r.indexOf('(');
        return (p < 0 ? r : r.substring(0, p)).strip();
    }
}
