package dev.strata.schema.diff;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes from a generated realm what would dangle, until nothing does: keys over missing columns,
 * foreign keys without a keyed target, columns of missing types (made integer), defaults calling
 * missing functions or sequences, checks over missing columns, views over missing relations,
 * triggers on missing tables or calling missing functions, owners that went.
 */
final class Repair {

    private static final Pattern WORD = Pattern.compile("\\b([a-z]\\d+)\\b");

    private Repair() {
    }

    static Realm of(Realm realm) {
        Realm r = realm;
        for (int round = 0; round < 20; round++) {
            Realm next = once(r);
            if (next.equals(r)) {
                return r;
            }
            r = next;
        }
        throw new IllegalStateException("repair does not settle");
    }

    private static Realm once(Realm r) {
        List<Schema> out = new ArrayList<>();
        for (Schema s : r.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                tables.add(table(r, s, t));
            }
            Schema x = s.withTables(tables);
            Schema y = x;
            x = x.withViews(s.views().stream().filter(v -> mentionsExist(y, v.definition())).toList());
            Schema z = x;
            x = x.withTriggers(s.triggers().stream().filter(g -> (z.table(g.table()).isPresent()
                    || z.view(g.table()).isPresent()) && mentionsExist(z, g.definition())).toList());
            Schema w = x;
            x = x.withSequences(s.sequences().stream().map(q -> q.ownedBy() != null && w.table(q.ownedBy().table())
                    .flatMap(t -> t.column(q.ownedBy().column())).isEmpty() ? new Sequence(q.name(), q.type(),
                    q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), null, q.comment()) : q).toList());
            out.add(x);
        }
        return r.withSchemas(out);
    }

    /** Whether every generated name the text mentions (t1, v2, f3, q4, c5, r6) exists in the schema. */
    private static boolean mentionsExist(Schema s, String sql) {
        Matcher m = WORD.matcher(sql);
        while (m.find()) {
            String n = m.group(1);
            boolean ok = switch (n.charAt(0)) {
                case 't', 'v' -> s.table(n).isPresent() || s.view(n).isPresent();
                case 'f' -> !s.routines(n).isEmpty();
                case 'q' -> s.sequence(n).isPresent();
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Table table(Realm r, Schema s, Table t) {
        List<Column> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            Column x = c;
            for (ColumnType ty = c.type(); ty != null; ty = ty.element()) {
                if (ty.userType() != null && r.type(ty.userType()).isEmpty()) {
                    x = x.withType(RandomRealms.integer());
                }
            }
            if (x.defaultValue() instanceof DefaultValue.Expression e && !mentionsExist(s, e.sql())) {
                x = x.withDefault(null);
            }
            columns.add(x);
        }
        Table x = t.withColumns(columns);
        Table y = x;
        if (x.primaryKey() != null && !covered(y, x.primaryKey().parts(), x.primaryKey().include())) {
            x = x.withPrimaryKey(null);
        }
        x = x.withIndexes(x.indexes().stream().filter(i -> covered(y, i.parts(), i.include())).toList());
        x = x.withUniques(x.uniques().stream().filter(u -> u.columns().stream().allMatch(c -> y.column(c)
                .isPresent())).toList());
        x = x.withChecks(x.checks().stream().filter(c -> columnsExist(y, c.expr())).toList());
        Partitioning p = x.partitioning();
        if (p != null && p.key().stream().anyMatch(k -> k.column() != null && y.column(k.column()).isEmpty())) {
            x = x.withPartitioning(null);
        }
        Table keyed = x;
        x = x.withForeignKeys(x.foreignKeys().stream().filter(f -> f.columns().stream()
                .allMatch(c -> keyed.column(c).isPresent()) && target(r, s, keyed, f)).toList());
        return x;
    }

    private static boolean target(Realm r, Schema s, Table self, ForeignKey f) {
        Table t = f.refTable().schema().equals(s.name()) && f.refTable().name().equals(self.name()) ? self
                : r.table(f.refTable()).orElse(null);
        return t != null && Consistency.uniquelyKeyed(t, f.refColumns());
    }

    private static boolean covered(Table t, List<IndexPart> parts, List<String> include) {
        return parts.stream().allMatch(p -> p.column() == null || t.column(p.column()).isPresent())
                && include.stream().allMatch(c -> t.column(c).isPresent());
    }

    private static boolean columnsExist(Table t, String expr) {
        Matcher m = WORD.matcher(expr);
        while (m.find()) {
            if ((m.group(1).startsWith("c") || m.group(1).startsWith("r")) && t.column(m.group(1)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

}
