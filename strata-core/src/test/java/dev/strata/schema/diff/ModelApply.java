package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.Policy;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.Trigger;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Applies changes to a model as a database would, strictly: what a change drops or modifies must be
 * there exactly as the change says, what it adds must not be there, a {@link Change.ModifyTable}
 * must turn its {@code from} into its {@code to}, and after every change the realm must hold
 * together ({@link Consistency}). A test helper: the differ's output is checked against it.
 */
final class ModelApply {

    private ModelApply() {
    }

    /** Applies the changes in order; fails on the first one that does not fit, naming its index. */
    static Realm apply(Realm realm, List<Change> changes) {
        return apply(realm, changes, true);
    }

    /**
     * As {@link #apply(Realm, List)}; with {@code columnOrder} false a modified table may end with its
     * columns in another order than the change's {@code to} (a column dropped and added again goes to
     * the end, and the differ, as Atlas, does not reorder), and then takes the {@code to} order.
     */
    static Realm apply(Realm realm, List<Change> changes, boolean columnOrder) {
        Realm r = realm;
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            try {
                r = apply(r, c, columnOrder);
            } catch (RuntimeException e) {
                throw new AssertionError("change " + i + " (" + c.describe() + "): " + e.getMessage(), e);
            }
            List<String> problems = Consistency.problems(r);
            if (!problems.isEmpty()) {
                throw new AssertionError("after change " + i + " (" + c.describe() + "): " + problems);
            }
        }
        return r;
    }

    static Realm apply(Realm r, Change c, boolean columnOrder) {
        if (c instanceof Change.AddExtension a) {
            require(r.extensions().stream().noneMatch(e -> e.name().equals(a.extension().name())), "exists");
            return r.withExtensions(plus(r.extensions(), a.extension()));
        }
        if (c instanceof Change.DropExtension d) {
            return r.withExtensions(minus(r.extensions(), d.extension()));
        }
        if (c instanceof Change.ModifyExtension m) {
            return r.withExtensions(plus(minus(r.extensions(), m.from()), m.to()));
        }
        if (c instanceof Change.AddSchema a) {
            require(r.schema(a.created().name()).isEmpty(), "schema exists");
            require(a.created().tables().isEmpty() && a.created().views().isEmpty(), "schema created non-empty");
            return r.withSchemas(plus(r.schemas(), a.created()));
        }
        if (c instanceof Change.DropSchema d) {
            return r.withSchemas(minus(r.schemas(), d.dropped()));
        }
        if (c instanceof Change.ModifySchema m) {
            Schema s = r.schema(m.from().name()).orElseThrow();
            require(Objects.equals(s.comment(), m.from().comment()) && Objects.equals(s.charset(), m.from().charset())
                    && Objects.equals(s.collation(), m.from().collation()), "schema is not as modified");
            return replaceSchema(r, s.withComment(m.to().comment()).withCharset(m.to().charset())
                    .withCollation(m.to().collation()).withAttrs(m.to().attrs()));
        }
        Schema s = r.schema(c.schema()).orElseThrow(() -> new IllegalStateException("no schema " + c.schema()));
        if (c instanceof Change.RenameTable n) {
            require(s.table(n.from().name()).orElseThrow().equals(n.from()), "table is not as renamed");
            require(s.table(n.to().name()).isEmpty(), "rename target exists");
            Realm x = Renaming.table(r, s.name(), n.from().name(), n.to().name());
            require(x.schema(s.name()).orElseThrow().table(n.to().name()).orElseThrow().withPrimaryKey(n.to()
                    .primaryKey()).equals(n.to()), "renamed table differs");
            Schema y = x.schema(s.name()).orElseThrow();
            return replaceSchema(x, y.withTables(plus(minus(y.tables(), y.table(n.to().name()).orElseThrow()),
                    n.to())));
        }
        if (c instanceof Change.ModifyTable m) {
            return modifyTable(r, s, m, columnOrder);
        }
        return replaceSchema(r, inSchema(s, c));
    }

    private static Schema inSchema(Schema s, Change c) {
        if (c instanceof Change.AddTable a) {
            require(s.table(a.table().name()).isEmpty(), "table exists");
            return s.withTables(plus(s.tables(), a.table()));
        }
        if (c instanceof Change.DropTable d) {
            // PostgreSQL drops the sequences a table owns with it
            return s.withTables(minus(s.tables(), d.table())).withSequences(s.sequences().stream()
                    .filter(q -> q.ownedBy() == null || !q.ownedBy().table().equals(d.table().name())).toList());
        }
        if (c instanceof Change.AddView a) {
            require(s.view(a.view().name()).isEmpty() && s.table(a.view().name()).isEmpty(), "view exists");
            return s.withViews(plus(s.views(), a.view()));
        }
        if (c instanceof Change.DropView d) {
            return s.withViews(minus(s.views(), d.view()));
        }
        if (c instanceof Change.ModifyView m) {
            return s.withViews(plus(minus(s.views(), m.from()), m.to()));
        }
        if (c instanceof Change.AddRoutine a) {
            require(!s.routines().contains(a.routine()), "routine exists");
            return s.withRoutines(plus(s.routines(), a.routine()));
        }
        if (c instanceof Change.DropRoutine d) {
            return s.withRoutines(minus(s.routines(), d.routine()));
        }
        if (c instanceof Change.ModifyRoutine m) {
            return s.withRoutines(plus(minus(s.routines(), m.from()), m.to()));
        }
        if (c instanceof Change.AddTrigger a) {
            return s.withTriggers(plus(s.triggers(), a.trigger()));
        }
        if (c instanceof Change.DropTrigger d) {
            return s.withTriggers(minus(s.triggers(), d.trigger()));
        }
        if (c instanceof Change.ModifyTrigger m) {
            return s.withTriggers(plus(minus(s.triggers(), m.from()), m.to()));
        }
        if (c instanceof Change.AddSequence a) {
            require(s.sequence(a.sequence().name()).isEmpty(), "sequence exists");
            return s.withSequences(plus(s.sequences(), a.sequence()));
        }
        if (c instanceof Change.DropSequence d) {
            return s.withSequences(minus(s.sequences(), d.sequence()));
        }
        if (c instanceof Change.ModifySequence m) {
            return s.withSequences(plus(minus(s.sequences(), m.from()), m.to()));
        }
        if (c instanceof Change.AddType a) {
            require(s.type(a.type().name()).isEmpty(), "type exists");
            return s.withTypes(plus(s.types(), a.type()));
        }
        if (c instanceof Change.DropType d) {
            return s.withTypes(minus(s.types(), d.type()));
        }
        if (c instanceof Change.ModifyType m) {
            return s.withTypes(plus(minus(s.types(), m.from()), m.to()));
        }
        throw new IllegalStateException("unknown change " + c);
    }

    private static Realm modifyTable(Realm r, Schema s, Change.ModifyTable m, boolean columnOrder) {
        Table cur = s.table(m.from().name()).orElseThrow(() -> new IllegalStateException("no table " + m.from().name()));
        require(cur.equals(m.from()), "table is not the change's from: " + cur + " vs " + m.from());
        Realm realm = r;
        for (TableChange c : m.changes()) {
            if (c instanceof TableChange.RenameColumn n) {
                require(cur.column(n.from().name()).orElseThrow().equals(n.from()), "column is not as renamed");
                realm = Renaming.column(realm, s.name(), cur.name(), n.from().name(), n.to().name());
                cur = realm.schema(s.name()).orElseThrow().table(cur.name()).orElseThrow();
                require(cur.column(n.to().name()).orElseThrow().equals(n.to()), "renamed column differs");
            } else {
                cur = table(cur, c);
            }
        }
        if (!columnOrder && byName(cur).equals(byName(m.to()))) {
            cur = m.to();
        }
        require(cur.equals(m.to()), "modified table is not the change's to:\n  got  " + cur + "\n  want " + m.to());
        Schema x = realm.schema(s.name()).orElseThrow();
        String table = cur.name();
        List<Sequence> seqs = x.sequences().stream().filter(q -> q.ownedBy() == null
                || !q.ownedBy().table().equals(table) || m.to().column(q.ownedBy().column()).isPresent()).toList();
        return replaceSchema(realm, x.withTables(plus(minus(x.tables(), x.table(table).orElseThrow()), cur))
                .withSequences(seqs));
    }

    private static Table table(Table t, TableChange c) {
        if (c instanceof TableChange.AddColumn a) {
            require(t.column(a.column().name()).isEmpty(), "column exists");
            return t.withColumns(plus(t.columns(), a.column()));
        }
        if (c instanceof TableChange.DropColumn d) {
            return t.withColumns(minus(t.columns(), d.column()));
        }
        if (c instanceof TableChange.ModifyColumn m) {
            require(t.columns().contains(m.from()), "column is not as modified");
            return t.withColumns(t.columns().stream().map(x -> x.equals(m.from()) ? m.to() : x).toList());
        }
        if (c instanceof TableChange.AddIndex a) {
            require(t.index(a.index().name()).isEmpty(), "index exists");
            return t.withIndexes(plus(t.indexes(), a.index()));
        }
        if (c instanceof TableChange.DropIndex d) {
            return t.withIndexes(minus(t.indexes(), d.index()));
        }
        if (c instanceof TableChange.ModifyIndex m) {
            return t.withIndexes(plus(minus(t.indexes(), m.from()), m.to()));
        }
        if (c instanceof TableChange.RenameIndex m) {
            return t.withIndexes(plus(minus(t.indexes(), m.from()), m.to()));
        }
        if (c instanceof TableChange.AddPrimaryKey a) {
            require(t.primaryKey() == null, "primary key exists");
            return t.withPrimaryKey(a.key());
        }
        if (c instanceof TableChange.DropPrimaryKey d) {
            require(d.key().equals(t.primaryKey()), "primary key is not as dropped");
            return t.withPrimaryKey(null);
        }
        if (c instanceof TableChange.ModifyPrimaryKey m) {
            require(m.from().equals(t.primaryKey()), "primary key is not as modified");
            return t.withPrimaryKey(m.to());
        }
        if (c instanceof TableChange.AddUnique a) {
            return t.withUniques(plus(t.uniques(), a.unique()));
        }
        if (c instanceof TableChange.DropUnique d) {
            return t.withUniques(minus(t.uniques(), d.unique()));
        }
        if (c instanceof TableChange.ModifyUnique m) {
            return t.withUniques(plus(minus(t.uniques(), m.from()), m.to()));
        }
        if (c instanceof TableChange.AddForeignKey a) {
            return t.withForeignKeys(plus(t.foreignKeys(), a.key()));
        }
        if (c instanceof TableChange.DropForeignKey d) {
            return t.withForeignKeys(minus(t.foreignKeys(), d.key()));
        }
        if (c instanceof TableChange.ModifyForeignKey m) {
            return t.withForeignKeys(plus(minus(t.foreignKeys(), m.from()), m.to()));
        }
        if (c instanceof TableChange.AddCheck a) {
            return t.withChecks(plus(t.checks(), a.check()));
        }
        if (c instanceof TableChange.DropCheck d) {
            return t.withChecks(minus(t.checks(), d.check()));
        }
        if (c instanceof TableChange.ModifyCheck m) {
            return t.withChecks(plus(minus(t.checks(), m.from()), m.to()));
        }
        if (c instanceof TableChange.AddPolicy a) {
            return t.withPolicies(plus(t.policies(), a.policy()));
        }
        if (c instanceof TableChange.DropPolicy d) {
            return t.withPolicies(minus(t.policies(), d.policy()));
        }
        if (c instanceof TableChange.ModifyPolicy m) {
            return t.withPolicies(plus(minus(t.policies(), m.from()), m.to()));
        }
        if (c instanceof TableChange.ModifyComment m) {
            require(Objects.equals(t.comment(), m.from()), "comment is not as modified");
            return t.withComment(m.to());
        }
        if (c instanceof TableChange.ModifyOptions m) {
            return t.withCharset(m.to().charset()).withCollation(m.to().collation()).withAttrs(m.to().attrs());
        }
        if (c instanceof TableChange.ModifyPartitioning m) {
            require(Objects.equals(t.partitioning(), m.from()), "partitioning is not as modified");
            return t.withPartitioning(m.to());
        }
        if (c instanceof TableChange.ModifyRowSecurity m) {
            require(t.rowSecurity().equals(m.from()), "row security is not as modified");
            return t.withRowSecurity(m.to());
        }
        throw new IllegalStateException("unknown table change " + c);
    }

    private static Table byName(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.sort(java.util.Comparator.comparing(Column::name));
        return t.withColumns(columns);
    }

    private static Realm replaceSchema(Realm r, Schema s) {
        List<Schema> out = new ArrayList<>(r.schemas());
        out.removeIf(x -> x.name().equals(s.name()));
        out.add(s);
        return r.withSchemas(out);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** The list without the item, which must be in it exactly. */
    private static <T> List<T> minus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        require(out.remove(item), "not there as given: " + item);
        return out;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
