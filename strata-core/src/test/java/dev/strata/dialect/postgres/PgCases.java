package dev.strata.dialect.postgres;

import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Deferrable;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Generated;
import dev.strata.schema.Identity;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Policy;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Routine;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableChange.ColumnChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One sample of every {@link Change} and {@link TableChange} on PostgreSQL, each as the schema
 * before, the change, and the schema it should give (null when the schema goes away). Each case
 * lives in a schema of its own, named by the caller.
 */
final class PgCases {

    /**
     * @param label   what it shows
     * @param base    the schema before, or null when there is none
     * @param change  the change
     * @param desired the schema after, or null for none
     * @param refused whether PostgreSQL cannot do it (the planner must say so)
     */
    record Case(String label, Schema base, Change change, Schema desired, List<Extension> extensions,
                List<Extension> desiredExtensions, boolean refused) {
    }

    private interface Maker {
        Case make(String s);
    }

    private PgCases() {
    }

    static ColumnType t(String raw) {
        return new PostgresTypeNames().parse(raw);
    }

    private static Column col(String name, String type) {
        return Column.of(name, t(type));
    }

    /** The schema every table case starts from. */
    static Schema base(String s) {
        Table parent = Table.of("parent", List.of(col("id", "integer"))).withPrimaryKey(PrimaryKey.of("id"))
                .withPolicies(List.of(Policy.of("base_pol", "(id > 0)")));
        Table t = Table.of("t", List.of(col("id", "integer"), col("name", "text").withNullable(true),
                        col("qty", "integer").withDefault(DefaultValue.number("0")),
                        col("parent_id", "integer").withNullable(true), col("spare", "text").withNullable(true),
                        col("twice", "integer").withNullable(true).withGenerated(new Generated("(id * 2)",
                                Generated.Storage.STORED))))
                .withPrimaryKey(PrimaryKey.of("id")).withUniques(List.of(UniqueConstraint.of("t_name_key", "name")))
                .withIndexes(List.of(Index.on("t_qty", "qty")))
                .withForeignKeys(List.of(ForeignKey.of("t_parent_fk", List.of("parent_id"), new TableRef(s, "parent"),
                        List.of("id"))))
                .withChecks(List.of(Check.of("t_qty_check", "(qty >= 0)")));
        Table nopk = Table.of("nopk", List.of(col("a", "integer")));
        Table events = Table.of("events", List.of(col("at", "date"))).withPartitioning(new Partitioning(
                Partitioning.Strategy.RANGE, List.of(Partitioning.KeyPart.column("at")), List.of(
                new Partitioning.Partition(null, "events_2024", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))));
        Routine f = new Routine(Routine.Kind.FUNCTION, "f", List.of(), t("integer"), "sql", "SELECT 1", null, List.of());
        Routine trg = new Routine(Routine.Kind.FUNCTION, "trg", List.of(), t("trigger"), "plpgsql",
                "BEGIN RETURN NEW; END", null, List.of());
        Trigger tt = trigger(s, "t_trg", "BEFORE");
        return Schema.named(s).withTables(List.of(parent, t, nopk, events)).withTypes(List.of(EnumType.of("mood", "a",
                        "b"))).withSequences(List.of(Sequence.of("seq"))).withRoutines(List.of(f, trg))
                .withTriggers(List.of(tt)).withViews(List.of(View.of("v", "SELECT 1 AS one")));
    }

    private static Trigger trigger(String s, String name, String timing) {
        return new Trigger(name, "t", Trigger.Timing.valueOf(timing), List.of(Trigger.Event.INSERT), List.of(), true,
                null, "CREATE TRIGGER " + name + " " + timing + " INSERT ON " + s + ".t FOR EACH ROW EXECUTE FUNCTION "
                + s + ".trg()", null);
    }

    private static Table table(Schema s, String name) {
        return s.table(name).orElseThrow();
    }

    private static Schema replace(Schema s, Table to) {
        List<Table> out = new ArrayList<>();
        s.tables().forEach(x -> out.add(x.name().equals(to.name()) ? to : x));
        return s.withTables(out);
    }

    /** A case of one change inside table {@code name}. */
    private static Maker tc(String label, String name, UnaryOperator<Table> edit, TableChangeMaker change) {
        return s -> {
            Schema base = base(s);
            Table from = table(base, name);
            Table to = edit.apply(from);
            return new Case(label, base, new Change.ModifyTable(s, from, to, List.of(change.make(s, from, to))),
                    replace(base, to), List.of(), List.of(), false);
        };
    }

    private interface TableChangeMaker {
        TableChange make(String s, Table from, Table to);
    }

    private static Table col(Table t, String name, UnaryOperator<Column> edit) {
        List<Column> out = new ArrayList<>();
        t.columns().forEach(c -> out.add(c.name().equals(name) ? edit.apply(c) : c));
        return t.withColumns(out);
    }

    private static Maker column(String label, String name, UnaryOperator<Column> edit, ColumnChange... what) {
        return tc(label, "t", t -> col(t, name, edit), (s, from, to) -> new TableChange.ModifyColumn(
                from.column(name).orElseThrow(), to.column(name).orElseThrow(), Set.of(what)));
    }

    private static Maker schemaCase(String label, UnaryOperator<Schema> edit, ChangeMaker change) {
        return s -> {
            Schema base = base(s);
            Schema to = edit.apply(base);
            return new Case(label, base, change.make(s, base, to), to, List.of(), List.of(), false);
        };
    }

    private interface ChangeMaker {
        Change make(String s, Schema from, Schema to);
    }

    private static final Index NAME_LOWER = Index.of("t_name_lower", List.of(IndexPart.expr("lower(name)")
            .withDesc(true))).withWhere("(qty > 0)").withInclude(List.of("spare")).withComment("by name");
    private static final Index QTY_UNIQUE = Index.on("t_qty", "qty").withUnique(true);

    static List<Case> all() {
        List<Maker> makers = List.of(
                s -> new Case("add schema", null, new Change.AddSchema(Schema.named(s).withComment("new")),
                        Schema.named(s).withComment("new"), List.of(), List.of(), false),
                s -> new Case("drop schema", base(s), new Change.DropSchema(base(s)), null, List.of(), List.of(), false),
                schemaCase("modify schema comment", b -> b.withComment("hello"), (s, a, b) -> new Change.ModifySchema(a, b)),
                schemaCase("add table", b -> b.withTables(plus(b.tables(), extra())),
                        (s, a, b) -> new Change.AddTable(s, extra())),
                schemaCase("drop table", b -> b.withTables(minus(b.tables(), "events")),
                        (s, a, b) -> new Change.DropTable(s, table(a, "events"))),
                schemaCase("rename table", b -> b.withTables(plus(minus(b.tables(), "nopk"),
                        table(b, "nopk").withName("nopk2"))), (s, a, b) -> new Change.RenameTable(s, table(a, "nopk"),
                        table(a, "nopk").withName("nopk2"))),
                schemaCase("add view", b -> b.withViews(List.of(b.views().get(0), View.of("w", "SELECT 2 AS two")
                        .withComment("two"))), (s, a, b) -> new Change.AddView(s, b.view("w").orElseThrow())),
                schemaCase("add materialized view", b -> b.withViews(List.of(b.views().get(0), View.of("m",
                        "SELECT 2 AS two").withMaterialized(true).withIndexes(List.of(Index.on("m_two", "two"))))),
                        (s, a, b) -> new Change.AddView(s, b.view("m").orElseThrow())),
                schemaCase("drop view", b -> b.withViews(List.of()), (s, a, b) -> new Change.DropView(s,
                        a.view("v").orElseThrow())),
                schemaCase("modify view", b -> b.withViews(List.of(View.of("v", "SELECT 1 AS one, 2 AS two"))),
                        (s, a, b) -> new Change.ModifyView(s, a.view("v").orElseThrow(), b.view("v").orElseThrow())),
                schemaCase("add function", b -> b.withRoutines(plus(b.routines(), g())),
                        (s, a, b) -> new Change.AddRoutine(s, g())),
                schemaCase("drop function", b -> b.withRoutines(List.of(b.routines().get(1))),
                        (s, a, b) -> new Change.DropRoutine(s, a.routines().get(0))),
                schemaCase("modify function", b -> b.withRoutines(List.of(new Routine(Routine.Kind.FUNCTION, "f",
                        List.of(), t("integer"), "sql", "SELECT 2", "two", List.of()), b.routines().get(1))),
                        (s, a, b) -> new Change.ModifyRoutine(s, a.routines().get(0), b.routines().get(0))),
                schemaCase("add trigger", b -> b.withTriggers(plus(b.triggers(), trigger(b.name(), "t_trg2", "AFTER"))),
                        (s, a, b) -> new Change.AddTrigger(s, trigger(s, "t_trg2", "AFTER"))),
                schemaCase("drop trigger", b -> b.withTriggers(List.of()),
                        (s, a, b) -> new Change.DropTrigger(s, a.triggers().get(0))),
                schemaCase("modify trigger", b -> b.withTriggers(List.of(trigger(b.name(), "t_trg", "AFTER"))),
                        (s, a, b) -> new Change.ModifyTrigger(s, a.triggers().get(0), b.triggers().get(0))),
                schemaCase("add sequence", b -> b.withSequences(plus(b.sequences(), seq2())),
                        (s, a, b) -> new Change.AddSequence(s, seq2())),
                schemaCase("drop sequence", b -> b.withSequences(List.of()),
                        (s, a, b) -> new Change.DropSequence(s, a.sequences().get(0))),
                schemaCase("modify sequence", b -> b.withSequences(List.of(new Sequence("seq", null, 10L, 2L, null,
                        null, 5L, true, null, "stepping"))), (s, a, b) -> new Change.ModifySequence(s,
                        a.sequences().get(0), b.sequences().get(0))),
                schemaCase("add domain", b -> b.withTypes(plus(b.types(), domain())),
                        (s, a, b) -> new Change.AddType(s, domain())),
                schemaCase("drop enum", b -> b.withTypes(List.of()), (s, a, b) -> new Change.DropType(s,
                        a.types().get(0))),
                schemaCase("add enum values", b -> b.withTypes(List.of(EnumType.of("mood", "z", "a", "m", "b", "c"))),
                        (s, a, b) -> new Change.ModifyType(s, a.types().get(0), b.types().get(0))),
                s -> {
                    Extension e = new Extension("pg_trgm", s, "1.6", null);
                    return new Case("add extension", base(s), new Change.AddExtension(e), base(s), List.of(),
                            List.of(e), false);
                },
                s -> {
                    Extension e = new Extension("hstore", s, "1.8", null);
                    return new Case("drop extension", base(s), new Change.DropExtension(e), base(s), List.of(e),
                            List.of(), false);
                },
                s -> {
                    Extension a = new Extension("citext", s, "1.5", null);
                    Extension b = new Extension("citext", s, "1.6", "case-insensitive");
                    return new Case("modify extension", base(s), new Change.ModifyExtension(a, b), base(s), List.of(a),
                            List.of(b), false);
                },
                tc("add column", "t", t -> t.withColumns(plus(t.columns(), col("note", "character varying(20)")
                        .withNullable(true).withDefault(DefaultValue.string("it's")).withComment("a note"))),
                        (s, a, b) -> new TableChange.AddColumn(b.column("note").orElseThrow())),
                tc("drop column", "t", t -> t.withColumns(t.columns().stream().filter(c -> !c.name().equals("spare"))
                        .toList()), (s, a, b) -> new TableChange.DropColumn(a.column("spare").orElseThrow())),
                column("column type", "qty", c -> c.withType(t("bigint")), ColumnChange.TYPE),
                column("column type with USING", "spare", c -> c.withType(t("integer")), ColumnChange.TYPE),
                column("column to serial", "qty", c -> c.withType(t("serial")).withDefault(null), ColumnChange.TYPE,
                        ColumnChange.DEFAULT),
                column("column null", "name", c -> c.withNullable(false), ColumnChange.NULL),
                column("column default", "qty", c -> c.withDefault(DefaultValue.number("5")), ColumnChange.DEFAULT),
                column("column identity", "id", c -> c.withIdentity(new Identity(Identity.Generation.ALWAYS, 5, 3)),
                        ColumnChange.IDENTITY),
                column("column drop expression", "twice", c -> c.withGenerated(null), ColumnChange.GENERATED),
                column("column collation", "name", c -> c.withCollation("C"), ColumnChange.COLLATION),
                column("column comment", "name", c -> c.withComment("the name"), ColumnChange.COMMENT),
                tc("rename column", "t", t -> col(t, "spare", c -> c.withName("spare2")),
                        (s, a, b) -> new TableChange.RenameColumn(a.column("spare").orElseThrow(),
                                b.column("spare2").orElseThrow())),
                tc("add index", "t", t -> t.withIndexes(plus(t.indexes(), NAME_LOWER)),
                        (s, a, b) -> new TableChange.AddIndex(NAME_LOWER)),
                tc("drop index", "t", t -> t.withIndexes(List.of()),
                        (s, a, b) -> new TableChange.DropIndex(a.indexes().get(0))),
                tc("modify index", "t", t -> t.withIndexes(List.of(QTY_UNIQUE)),
                        (s, a, b) -> new TableChange.ModifyIndex(a.indexes().get(0), QTY_UNIQUE)),
                tc("rename index", "t", t -> t.withIndexes(List.of(Index.on("t_qty2", "qty"))),
                        (s, a, b) -> new TableChange.RenameIndex(a.indexes().get(0), b.indexes().get(0))),
                tc("add primary key", "nopk", t -> t.withPrimaryKey(PrimaryKey.of("a").withName("nopk_key")),
                        (s, a, b) -> new TableChange.AddPrimaryKey(b.primaryKey())),
                tc("drop primary key", "t", t -> t.withPrimaryKey(null),
                        (s, a, b) -> new TableChange.DropPrimaryKey(a.primaryKey())),
                tc("modify primary key", "t", t -> t.withPrimaryKey(PrimaryKey.of("id", "qty").withName("t_pk")),
                        (s, a, b) -> new TableChange.ModifyPrimaryKey(a.primaryKey(), b.primaryKey())),
                tc("add unique", "t", t -> t.withUniques(plus(t.uniques(), UniqueConstraint.of("t_qty_key", "qty")
                        .withComment("once"))), (s, a, b) -> new TableChange.AddUnique(b.unique("t_qty_key")
                        .orElseThrow())),
                tc("drop unique", "t", t -> t.withUniques(List.of()),
                        (s, a, b) -> new TableChange.DropUnique(a.uniques().get(0))),
                tc("modify unique", "t", t -> t.withUniques(List.of(new UniqueConstraint("t_name_key", List.of("name",
                        "qty"), List.of(), true, Deferrable.INITIALLY_DEFERRED, null))),
                        (s, a, b) -> new TableChange.ModifyUnique(a.uniques().get(0), b.uniques().get(0))),
                tc("add foreign key", "t", t -> t.withForeignKeys(plus(t.foreignKeys(), ForeignKey.of("t_qty_fk",
                        List.of("qty"), new TableRef(t.foreignKeys().get(0).refTable().schema(), "parent"),
                        List.of("id")).withOnDelete(ReferenceAction.SET_DEFAULT))),
                        (s, a, b) -> new TableChange.AddForeignKey(b.foreignKey("t_qty_fk").orElseThrow())),
                tc("drop foreign key", "t", t -> t.withForeignKeys(List.of()),
                        (s, a, b) -> new TableChange.DropForeignKey(a.foreignKeys().get(0))),
                tc("modify foreign key", "t", t -> t.withForeignKeys(List.of(t.foreignKeys().get(0)
                                .withOnDelete(ReferenceAction.CASCADE).withDeferrable(Deferrable.INITIALLY_IMMEDIATE))),
                        (s, a, b) -> new TableChange.ModifyForeignKey(a.foreignKeys().get(0), b.foreignKeys().get(0))),
                tc("add check", "t", t -> t.withChecks(plus(t.checks(), new Check("t_name_check",
                        "(length(name) > 0)", true, true))), (s, a, b) -> new TableChange.AddCheck(
                        b.check("t_name_check").orElseThrow())),
                tc("drop check", "t", t -> t.withChecks(List.of()),
                        (s, a, b) -> new TableChange.DropCheck(a.checks().get(0))),
                tc("modify check", "t", t -> t.withChecks(List.of(Check.of("t_qty_check", "(qty > '-1'::integer)"))),
                        (s, a, b) -> new TableChange.ModifyCheck(a.checks().get(0), b.checks().get(0))),
                tc("table comment", "t", t -> t.withComment("hello"),
                        (s, a, b) -> new TableChange.ModifyComment(null, "hello")),
                tc("unlogged", "nopk", t -> t.withAttrs(List.of(new PostgresAttrs.Unlogged())),
                        (s, a, b) -> new TableChange.ModifyOptions(a, b)),
                tc("add partition", "events", t -> t.withPartitioning(t.partitioning().withPartitions(plus(
                        t.partitioning().partitions(), new Partitioning.Partition(null, "events_2025",
                                "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')")))),
                        (s, a, b) -> new TableChange.ModifyPartitioning(a.partitioning(), b.partitioning())),
                tc("row security", "t", t -> t.withRowSecurity(new RowSecurity(true, true)),
                        (s, a, b) -> new TableChange.ModifyRowSecurity(a.rowSecurity(), b.rowSecurity())),
                tc("add policy", "t", t -> t.withPolicies(List.of(new Policy("p1", Policy.Command.UPDATE, false,
                        List.of("postgres"), "(qty > 0)", "(qty < 100)", "limits"))),
                        (s, a, b) -> new TableChange.AddPolicy(b.policies().get(0))),
                tc("drop policy", "parent", t -> t.withPolicies(List.of()),
                        (s, a, b) -> new TableChange.DropPolicy(a.policies().get(0))),
                tc("modify policy", "parent", t -> t.withPolicies(List.of(Policy.of("base_pol", "(id > 1)"))),
                        (s, a, b) -> new TableChange.ModifyPolicy(a.policies().get(0), b.policies().get(0))),
                s -> {
                    Case c = tc("partition key", "events", t -> t.withPartitioning(new Partitioning(
                            Partitioning.Strategy.LIST, t.partitioning().key(), List.of())),
                            (x, a, b) -> new TableChange.ModifyPartitioning(a.partitioning(), b.partitioning())).make(s);
                    return new Case("change partition key (refused)", c.base(), c.change(), c.desired(), List.of(),
                            List.of(), true);
                });
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < makers.size(); i++) {
            out.add(makers.get(i).make("c" + i));
        }
        return out;
    }

    private static Table extra() {
        return Table.of("extra", List.of(Column.of("id", t("bigint")).withIdentity(Identity.of(
                                Identity.Generation.BY_DEFAULT)),
                        col("code", "character(3)").withCollation("C").withComment("iso"),
                        col("doubled", "bigint").withNullable(true).withGenerated(new Generated("(id * 2)",
                                Generated.Storage.STORED))))
                .withPrimaryKey(PrimaryKey.of("id")).withComment("extra table")
                .withIndexes(List.of(Index.on("extra_code", "code").withType("HASH")));
    }

    private static Routine g() {
        return new Routine(Routine.Kind.FUNCTION, "g", List.of(Routine.Arg.of("x", t("integer"))), t("integer"), "sql",
                "SELECT x + 1", "plus one", List.of());
    }

    private static Sequence seq2() {
        return new Sequence("seq2", t("integer"), 100L, 10L, 100L, 100000L, 3L, false, new ColumnRef("parent", "id"),
                "second");
    }

    private static DomainType domain() {
        return new DomainType("posint", t("integer"), false, DefaultValue.number("1"),
                List.of(Check.of("posint_check", "(VALUE > 0)")), null, "positive");
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static List<Table> minus(List<Table> list, String name) {
        return list.stream().filter(t -> !t.name().equals(name)).toList();
    }
}
