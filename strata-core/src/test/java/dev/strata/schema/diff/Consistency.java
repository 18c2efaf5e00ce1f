package dev.strata.schema.diff;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.Trigger;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a database would refuse to hold, checked on a model: a foreign key whose target table,
 * columns or unique key is missing, a key over a missing column, a column of a missing type, a
 * sequence owned by a missing column, a trigger on a missing table or calling a missing function, a
 * view over a missing table or view, a default calling a missing function or sequence. Names are
 * those of {@link RandomRealms} ({@code t1}, {@code v2}, {@code f3}, {@code q4}).
 */
final class Consistency {

    private static final Pattern RELATION = Pattern.compile("\\b([tv]\\d+)\\b");
    private static final Pattern FUNCTION = Pattern.compile("\\b(f\\d+)\\(");
    private static final Pattern SEQUENCE = Pattern.compile("nextval\\('(q\\d+)'\\)");

    private Consistency() {
    }

    static List<String> problems(Realm r) {
        List<String> out = new ArrayList<>();
        for (Schema s : r.schemas()) {
            for (Table t : s.tables()) {
                table(r, s, t, out);
            }
            for (View v : s.views()) {
                Matcher m = RELATION.matcher(v.definition());
                while (m.find()) {
                    if (s.table(m.group(1)).isEmpty() && s.view(m.group(1)).isEmpty()) {
                        out.add("view " + v.name() + " uses missing " + m.group(1));
                    }
                }
            }
            for (Trigger g : s.triggers()) {
                if (s.table(g.table()).isEmpty() && s.view(g.table()).isEmpty()) {
                    out.add("trigger " + g.name() + " on missing " + g.table());
                }
                Matcher m = FUNCTION.matcher(g.definition());
                while (m.find()) {
                    if (s.routines(m.group(1)).isEmpty()) {
                        out.add("trigger " + g.name() + " calls missing " + m.group(1));
                    }
                }
            }
            for (Sequence q : s.sequences()) {
                if (q.ownedBy() != null && s.table(q.ownedBy().table()).flatMap(t -> t.column(q.ownedBy().column()))
                        .isEmpty()) {
                    out.add("sequence " + q.name() + " owned by missing " + q.ownedBy());
                }
            }
        }
        return out;
    }

    private static void table(Realm r, Schema s, Table t, List<String> out) {
        String where = s.name() + "." + t.name();
        for (Column c : t.columns()) {
            for (ColumnType x = c.type(); x != null; x = x.element()) {
                if (x.userType() != null && r.type(x.userType()).isEmpty()) {
                    out.add(where + "." + c.name() + " has missing type " + x.userType());
                }
            }
            if (c.defaultValue() instanceof DefaultValue.Expression e) {
                Matcher f = FUNCTION.matcher(e.sql());
                while (f.find()) {
                    if (s.routines(f.group(1)).isEmpty()) {
                        out.add(where + "." + c.name() + " default calls missing " + f.group(1));
                    }
                }
                Matcher q = SEQUENCE.matcher(e.sql());
                while (q.find()) {
                    if (s.sequence(q.group(1)).isEmpty()) {
                        out.add(where + "." + c.name() + " default uses missing " + q.group(1));
                    }
                }
            }
        }
        if (t.primaryKey() != null) {
            columns(t, t.primaryKey().parts(), t.primaryKey().include(), where + " primary key", out);
        }
        for (Index i : t.indexes()) {
            columns(t, i.parts(), i.include(), where + " index " + i.name(), out);
        }
        for (UniqueConstraint u : t.uniques()) {
            columns(t, IndexPart.columns(u.columns().toArray(String[]::new)), u.include(), where + " unique "
                    + u.name(), out);
        }
        for (ForeignKey f : t.foreignKeys()) {
            for (String c : f.columns()) {
                if (t.column(c).isEmpty()) {
                    out.add(where + " foreign key " + f.name() + " over missing column " + c);
                }
            }
            Table target = r.table(f.refTable()).orElse(null);
            if (target == null) {
                out.add(where + " foreign key " + f.name() + " to missing table " + f.refTable());
            } else if (!uniquelyKeyed(target, f.refColumns())) {
                out.add(where + " foreign key " + f.name() + " to " + f.refTable() + f.refColumns()
                        + " without a unique key there");
            }
        }
    }

    /** Whether the columns are exactly a primary key, unique constraint or plain unique index of the table. */
    static boolean uniquelyKeyed(Table t, List<String> columns) {
        if (!columns.stream().allMatch(c -> t.column(c).isPresent())) {
            return false;
        }
        if (t.primaryKey() != null && plain(t.primaryKey().parts(), columns)) {
            return true;
        }
        if (t.uniques().stream().anyMatch(u -> u.columns().equals(columns))) {
            return true;
        }
        return t.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && plain(i.parts(), columns));
    }

    private static boolean plain(List<IndexPart> parts, List<String> columns) {
        return parts.size() == columns.size() && parts.stream().allMatch(p -> p.column() != null)
                && parts.stream().map(IndexPart::column).toList().equals(columns);
    }

    private static void columns(Table t, List<IndexPart> parts, List<String> include, String what, List<String> out) {
        for (IndexPart p : parts) {
            if (p.column() != null && t.column(p.column()).isEmpty()) {
                out.add(what + " over missing column " + p.column());
            }
        }
        for (String c : include) {
            if (t.column(c).isEmpty()) {
                out.add(what + " includes missing column " + c);
            }
        }
    }
}
