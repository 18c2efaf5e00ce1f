package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
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
import dev.strata.schema.TableChange.ColumnChange;
import dev.strata.testing.Exhaustive;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every {@link Change} and {@link TableChange} is planned by {@link MySqlDdl} or refused with a StrataException. */
class MySqlDdlExhaustiveTest {

    private static final MySqlTypeNames T = new MySqlTypeNames();
    private static final Column ID = Column.of("id", T.parse("int"));
    private static final Column NAME = Column.of("name", T.parse("varchar(20)")).withNullable(true);
    private static final Table USERS = Table.of("users", List.of(ID, NAME)).withPrimaryKey(PrimaryKey.of("id"));
    private static final Index IDX = Index.on("users_name", "name");
    private static final ForeignKey FK = ForeignKey.of("users_self", List.of("id"), new TableRef("s", "users"),
            List.of("id"));
    private static final Check CHECK = Check.of("users_id", "`id` > 0");
    private static final View VIEW = View.of("v", "select 1 AS `x`");
    private static final Routine FN = new Routine(Routine.Kind.FUNCTION, "f", List.of(), T.parse("int"), "SQL",
            "RETURN 1", null, List.of());
    private static final Trigger TRIGGER = new Trigger("t", "users", Trigger.Timing.BEFORE,
            List.of(Trigger.Event.INSERT), List.of(), true, null, "SET NEW.id = NEW.id", null);
    private static final Sequence SEQ = Sequence.of("seq");
    private static final EnumType ENUM = EnumType.of("e", "a");
    private static final Extension EXT = new Extension("x", null, null, null);

    static final List<TableChange> TABLE_CHANGES = List.of(
            new TableChange.AddColumn(NAME), new TableChange.DropColumn(NAME),
            new TableChange.ModifyColumn(NAME, NAME.withNullable(false), EnumSet.of(ColumnChange.NULL)),
            new TableChange.RenameColumn(NAME, NAME.withName("label")),
            new TableChange.AddIndex(IDX), new TableChange.DropIndex(IDX),
            new TableChange.ModifyIndex(IDX, IDX.withUnique(true)),
            new TableChange.RenameIndex(IDX, Index.on("users_label", "name")),
            new TableChange.AddPrimaryKey(PrimaryKey.of("id")), new TableChange.DropPrimaryKey(PrimaryKey.of("id")),
            new TableChange.ModifyPrimaryKey(PrimaryKey.of("id"), PrimaryKey.of("id", "name")),
            new TableChange.AddUnique(UniqueConstraint.of("u", "name")),
            new TableChange.DropUnique(UniqueConstraint.of("u", "name")),
            new TableChange.ModifyUnique(UniqueConstraint.of("u", "name"), UniqueConstraint.of("u", "id")),
            new TableChange.AddForeignKey(FK), new TableChange.DropForeignKey(FK),
            new TableChange.ModifyForeignKey(FK, FK.withOnDelete(dev.strata.schema.ReferenceAction.CASCADE)),
            new TableChange.AddCheck(CHECK), new TableChange.DropCheck(CHECK),
            new TableChange.ModifyCheck(CHECK, Check.of("users_id", "`id` > 1")),
            new TableChange.ModifyComment(null, "people"),
            new TableChange.ModifyOptions(USERS, USERS.withAttrs(List.of(new MySqlAttrs.Engine("MyISAM")))),
            new TableChange.ModifyPartitioning(null, Partitioning.of(Partitioning.Strategy.HASH,
                    List.of(new Partitioning.KeyPart("id", null)))),
            new TableChange.ModifyRowSecurity(RowSecurity.OFF, new RowSecurity(true, false)),
            new TableChange.AddPolicy(Policy.of("p", "true")), new TableChange.DropPolicy(Policy.of("p", "true")),
            new TableChange.ModifyPolicy(Policy.of("p", "true"), Policy.of("p", "false")));

    static final List<Change> CHANGES = List.of(
            new Change.AddSchema(Schema.named("s")), new Change.DropSchema(Schema.named("s")),
            new Change.ModifySchema(Schema.named("s"), Schema.named("s").withCharset("latin1")),
            new Change.AddTable("s", USERS), new Change.DropTable("s", USERS),
            new Change.ModifyTable("s", USERS, USERS.withIndexes(List.of(IDX)), List.of(new TableChange.AddIndex(IDX))),
            new Change.RenameTable("s", USERS, USERS.withName("people")),
            new Change.AddView("s", VIEW), new Change.DropView("s", VIEW),
            new Change.ModifyView("s", VIEW, View.of("v", "select 2 AS `x`")),
            new Change.AddRoutine("s", FN), new Change.DropRoutine("s", FN), new Change.ModifyRoutine("s", FN, FN),
            new Change.AddTrigger("s", TRIGGER), new Change.DropTrigger("s", TRIGGER),
            new Change.ModifyTrigger("s", TRIGGER, TRIGGER),
            new Change.AddSequence("s", SEQ), new Change.DropSequence("s", SEQ),
            new Change.ModifySequence("s", SEQ, new Sequence("seq", null, 5L, null, null, null, null, false, null,
                    null)),
            new Change.AddType("s", ENUM), new Change.DropType("s", ENUM),
            new Change.ModifyType("s", ENUM, EnumType.of("e", "a", "b")),
            new Change.AddExtension(EXT), new Change.DropExtension(EXT), new Change.ModifyExtension(EXT, EXT));

    /** The plan's statements, or the refusal's message: never an unchecked crash, never nothing. */
    private static String planOrRefusal(List<Change> changes) {
        try {
            DdlPlan plan = new MySqlDdl(true).plan(changes, PlanOptions.DEFAULT);
            StringBuilder b = new StringBuilder();
            plan.statements().forEach(s -> b.append(s.sql()).append(";\n"));
            return b.toString();
        } catch (StrataException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void everyChangeIsPlannedOrRefused() {
        Function<Change, ?> planner = c -> planOrRefusal(List.of(c));
        Exhaustive.check(Change.class, CHANGES, Map.of("MySqlDdl", planner));
    }

    @Test
    void everyTableChangeIsPlannedOrRefused() {
        Function<TableChange, ?> planner = c -> planOrRefusal(List.of(new Change.ModifyTable("s", USERS, USERS,
                List.of(c))));
        Exhaustive.check(TableChange.class, TABLE_CHANGES, Map.of("MySqlDdl", planner));
    }
}
