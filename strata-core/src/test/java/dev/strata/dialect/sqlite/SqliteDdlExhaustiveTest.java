package dev.strata.dialect.sqlite;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Policy;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Routine;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.View;
import dev.strata.testing.Exhaustive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link Change} and {@link TableChange} variant given to the SQLite planner: planned into
 * statements, or refused with a {@link StrataException} naming the object; never an unchecked crash.
 */
class SqliteDdlExhaustiveTest {

    private static final SqliteTypeNames TYPES = new SqliteTypeNames();
    private static final Column ID = Column.of("id", TYPES.parse("integer"));
    private static final Column NAME = Column.of("name", TYPES.parse("text")).withNullable(true);
    private static final Table T = Table.of("t", List.of(ID, NAME)).withPrimaryKey(PrimaryKey.of("id"));
    private static final Index IDX = Index.on("t_name", "name");
    private static final ForeignKey FK = ForeignKey.of("t_self", List.of("name"), new TableRef("main", "t"),
            List.of("id"));
    private static final Check CHECK = Check.of("c", "id > 0");
    private static final View VIEW = View.of("v", "SELECT id FROM t");
    private static final Trigger TRIGGER = new Trigger("tr", "t", Trigger.Timing.AFTER, List.of(Trigger.Event.INSERT),
            List.of(), true, null, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END", null);
    private static final Routine ROUTINE = new Routine(Routine.Kind.FUNCTION, "f", List.of(), TYPES.parse("int"),
            "sql", "SELECT 1", null, List.of());
    private static final Policy POLICY = Policy.of("p", "true");
    private static final UniqueConstraint UNIQUE = UniqueConstraint.of("t_name_key", "name");

    /** Plans one change: the statements' SQL, or the refusal's message. */
    private static String outcome(Change c) {
        try {
            DdlPlan plan = new SqliteDdl(null).plan(List.of(c), PlanOptions.DEFAULT);
            return plan.isEmpty() ? "nothing to do" : String.join(";\n", plan.statements().stream()
                    .map(s -> s.sql()).toList());
        } catch (StrataException e) {
            assertThat(e.getMessage()).as("refusal names SQLite").contains("on SQLite");
            return e.getMessage();
        }
    }

    @Test
    void everyChangeIsPlannedOrRefused() {
        Schema main = Schema.named("main");
        List<Change> samples = List.of(new Change.AddSchema(main), new Change.DropSchema(Schema.named("other")),
                new Change.ModifySchema(main, main.withComment("x")), new Change.AddTable("main", T),
                new Change.DropTable("main", T), new Change.ModifyTable("main", T, T.withComment("x"),
                        List.of(new TableChange.ModifyComment(null, "x"))),
                new Change.RenameTable("main", T, T.withName("u")), new Change.AddView("main", VIEW),
                new Change.DropView("main", VIEW), new Change.ModifyView("main", VIEW, View.of("v", "SELECT 2")),
                new Change.AddRoutine("main", ROUTINE), new Change.DropRoutine("main", ROUTINE),
                new Change.ModifyRoutine("main", ROUTINE, ROUTINE), new Change.AddTrigger("main", TRIGGER),
                new Change.DropTrigger("main", TRIGGER), new Change.ModifyTrigger("main", TRIGGER, TRIGGER),
                new Change.AddSequence("main", Sequence.of("s")), new Change.DropSequence("main", Sequence.of("s")),
                new Change.ModifySequence("main", Sequence.of("s"), Sequence.of("s")),
                new Change.AddType("main", EnumType.of("e", "a")), new Change.DropType("main", EnumType.of("e", "a")),
                new Change.ModifyType("main", EnumType.of("e", "a"), EnumType.of("e", "a", "b")),
                new Change.AddExtension(new Extension("x", null, null, null)),
                new Change.DropExtension(new Extension("x", null, null, null)),
                new Change.ModifyExtension(new Extension("x", null, null, null), new Extension("x", null, "2", null)));
        Exhaustive.check(Change.class, samples, Map.<String, Function<Change, ?>>of("SqliteDdl",
                SqliteDdlExhaustiveTest::outcome));
        assertThat(outcome(new Change.AddRoutine("main", ROUTINE))).contains("\"f\" function");
        assertThat(outcome(new Change.AddTable("main", T))).startsWith("CREATE TABLE `t`");
    }

    @Test
    void everyTableChangeIsPlannedOrRefused() {
        Column renamed = NAME.withName("full_name");
        Index unique = IDX.withUnique(true);
        Partitioning p = Partitioning.of(Partitioning.Strategy.RANGE, List.of(Partitioning.KeyPart.column("id")));
        List<TableChange> samples = List.of(new TableChange.AddColumn(Column.of("c", TYPES.parse("int"))
                        .withDefault(new DefaultValue.NumberLiteral("1"))),
                new TableChange.DropColumn(NAME),
                new TableChange.ModifyColumn(NAME, NAME.withNullable(false), Set.of(TableChange.ColumnChange.NULL)),
                new TableChange.RenameColumn(NAME, renamed), new TableChange.AddIndex(IDX),
                new TableChange.DropIndex(IDX), new TableChange.ModifyIndex(IDX, unique),
                new TableChange.RenameIndex(IDX, Index.on("t_n", "name")),
                new TableChange.AddPrimaryKey(PrimaryKey.of("id")), new TableChange.DropPrimaryKey(PrimaryKey.of("id")),
                new TableChange.ModifyPrimaryKey(PrimaryKey.of("id"), PrimaryKey.of("id", "name")),
                new TableChange.AddUnique(UNIQUE), new TableChange.DropUnique(UNIQUE),
                new TableChange.ModifyUnique(UNIQUE, UNIQUE.withNullsNotDistinct(true)),
                new TableChange.AddForeignKey(FK), new TableChange.DropForeignKey(FK),
                new TableChange.ModifyForeignKey(FK, FK.withOnDelete(dev.strata.schema.ReferenceAction.CASCADE)),
                new TableChange.AddCheck(CHECK), new TableChange.DropCheck(CHECK),
                new TableChange.ModifyCheck(CHECK, Check.of("c", "id > 1")), new TableChange.ModifyComment(null, "x"),
                new TableChange.ModifyOptions(T, T.withAttrs(List.of(SqliteAttrs.STRICT))),
                new TableChange.ModifyPartitioning(null, p),
                new TableChange.ModifyRowSecurity(RowSecurity.OFF, new RowSecurity(true, false)),
                new TableChange.AddPolicy(POLICY), new TableChange.DropPolicy(POLICY),
                new TableChange.ModifyPolicy(POLICY, Policy.of("p", "false")));
        Exhaustive.check(TableChange.class, samples, Map.<String, Function<TableChange, ?>>of("SqliteDdl",
                c -> outcome(new Change.ModifyTable("main", T, T, List.of(c)))));
        assertThat(outcome(new Change.ModifyTable("main", T, T, List.of(new TableChange.AddIndex(IDX)))))
                .isEqualTo("CREATE INDEX `t_name` ON `t` (`name`)");
        assertThat(outcome(new Change.ModifyTable("main", T, T, List.of(new TableChange.DropColumn(NAME)))))
                .startsWith("PRAGMA foreign_keys = off;\nCREATE TABLE `new_t`");
    }
}
