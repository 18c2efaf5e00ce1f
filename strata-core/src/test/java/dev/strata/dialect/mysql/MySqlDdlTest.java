package dev.strata.dialect.mysql;

import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.InspectScope;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableChange.ColumnChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of change on the real MariaDB: planned, run, inspected (the desired schema), then its
 * reverse run and inspected (the schema before).
 */
class MySqlDdlTest {

    private static final MySqlTypeNames T = new MySqlTypeNames();
    private TestDb db;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDb.mariadb();
        MySqlTesting.client(db, "CREATE TABLE teams (id int NOT NULL PRIMARY KEY, name varchar(20) NOT NULL);\n"
                + "CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, team_id int DEFAULT NULL,"
                + " name varchar(20) DEFAULT NULL, age int DEFAULT NULL, KEY users_team (team_id),"
                + " CONSTRAINT users_team_fk FOREIGN KEY (team_id) REFERENCES teams (id),"
                + " CONSTRAINT users_age CHECK (age >= 0));\n"
                + "INSERT INTO teams VALUES (1, 'a'); INSERT INTO users (team_id, name, age) VALUES (1, 'x', 3);");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Schema inspect() throws Exception {
        return MySqlTesting.inspect(db).schemas().get(0);
    }

    private void run(List<String> statements) throws Exception {
        try (Session s = MySqlTesting.open(db)) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Plans the changes, runs them, checks the result; runs the reverses, checks the schema is back. */
    /** @return the forward statements */
    private List<String> roundTrip(List<Change> changes, Schema want) throws Exception {
        Schema before = inspect();
        DdlPlan plan = new MySqlDdl(true).plan(changes, PlanOptions.DEFAULT.withQualifier(""));
        assertThat(plan.transactional()).isFalse();
        List<String> forward = new ArrayList<>();
        List<String> backward = new ArrayList<>();
        for (DdlStatement st : plan.statements()) {
            forward.add(st.sql());
            backward.addAll(0, st.reverse());
        }
        run(forward);
        assertThat(inspect()).as(String.join(";\n", forward)).isEqualTo(want);
        assertThat(plan.reversible()).as("reversible: " + forward).isTrue();
        run(backward);
        assertThat(inspect()).as(String.join(";\n", backward)).isEqualTo(before);
        return forward;
    }

    private List<String> modify(Table from, Table to, TableChange... changes) throws Exception {
        Schema s = inspect();
        List<Table> tables = new ArrayList<>(s.tables().stream().filter(t -> !t.name().equals(to.name())).toList());
        tables.add(to);
        return roundTrip(List.of(new Change.ModifyTable(s.name(), from, to, List.of(changes))), s.withTables(tables));
    }

    private Table users() throws Exception {
        return inspect().table("users").orElseThrow();
    }

    private static List<Column> replace(List<Column> cols, Column c) {
        return cols.stream().map(x -> x.name().equals(c.name()) ? c : x).toList();
    }

    @Test
    void columns() throws Exception {
        Table u = users();
        Column email = Column.of("email", T.parse("varchar(100)")).withDefault(DefaultValue.string("it's"))
                .withComment("where \"mail\" goes");
        List<Column> added = new ArrayList<>(u.columns());
        added.add(email);
        modify(u, u.withColumns(added), new TableChange.AddColumn(email));

        Column name = u.column("name").orElseThrow();
        Column wider = name.withType(T.parse("varchar(50)")).withNullable(false).withDefault(DefaultValue.string("n"))
                .withCollation("utf8mb4_bin");
        modify(u, u.withColumns(replace(u.columns(), wider)), new TableChange.ModifyColumn(name, wider,
                EnumSet.of(ColumnChange.TYPE, ColumnChange.NULL, ColumnChange.DEFAULT, ColumnChange.COLLATION)));

        Column age = u.column("age").orElseThrow();
        Column years = age.withName("years");
        modify(u, u.withColumns(u.columns().stream().map(c -> c.name().equals("age") ? years : c).toList())
                .withChecks(List.of(Check.of("users_age", "`years` >= 0"))), new TableChange.RenameColumn(age, years));
    }

    @Test
    void dropColumnTakesItsIndex() throws Exception {
        Table u = users();
        Column name = u.column("name").orElseThrow();
        MySqlTesting.client(db, "CREATE INDEX users_name ON users (name)");
        Table withIndex = users();
        modify(withIndex, withIndex.withColumns(withIndex.columns().stream().filter(c -> !c.name().equals("name"))
                .toList()).withIndexes(u.indexes()), new TableChange.DropColumn(name),
                new TableChange.DropIndex(withIndex.index("users_name").orElseThrow()));
    }

    @Test
    void indexesAndPrimaryKey() throws Exception {
        Table u = users();
        Index idx = Index.of("users_name_age", List.of(IndexPart.column("name").withPrefix(5).withDesc(true),
                IndexPart.column("age"))).withUnique(true).withComment("lookup");
        List<Index> more = new ArrayList<>(u.indexes());
        more.add(idx);
        modify(u, u.withIndexes(more), new TableChange.AddIndex(idx));

        MySqlTesting.client(db, "CREATE UNIQUE INDEX users_name_age ON users (name(5) DESC, age) COMMENT 'lookup'");
        Table with = users();
        Index changed = idx.withUnique(false);
        modify(with, with.withIndexes(replaceIndex(with.indexes(), idx, changed)), new TableChange.ModifyIndex(idx,
                changed));
        Index renamed = new Index("users_lookup", true, idx.parts(), null, null, List.of(), false, "lookup", List.of());
        modify(with, with.withIndexes(replaceIndex(with.indexes(), idx, renamed)), new TableChange.RenameIndex(idx,
                renamed));

        Table teams = inspect().table("teams").orElseThrow();
        PrimaryKey two = PrimaryKey.of("id", "name");
        modify(teams, teams.withPrimaryKey(two), new TableChange.ModifyPrimaryKey(teams.primaryKey(), two));
    }

    /** The index a foreign key rests on is replaced in one statement: dropped alone, MariaDB refuses it. */
    @Test
    void theIndexOfAForeignKeyIsReplacedInOneStatement() throws Exception {
        Table u = users();
        Index idx = u.indexes().stream().filter(i -> i.name().equals("users_team")).findFirst().orElseThrow();
        Index wider = Index.of("users_team", List.of(IndexPart.column("team_id"), IndexPart.column("age")));
        List<String> plan = modify(u, u.withIndexes(replaceIndex(u.indexes(), idx, wider)),
                new TableChange.ModifyIndex(idx, wider));
        assertThat(plan).containsExactly(
                "ALTER TABLE `users` DROP INDEX `users_team`, ADD INDEX `users_team` (`team_id`, `age`)");
    }

    private static List<Index> replaceIndex(List<Index> all, Index from, Index to) {
        List<Index> out = new ArrayList<>(all.stream().filter(i -> !i.name().equals(from.name())).toList());
        out.add(to);
        return out;
    }

    @Test
    void foreignKeysChecksAndOptions() throws Exception {
        Table u = users();
        ForeignKey fk = u.foreignKey("users_team_fk").orElseThrow();
        ForeignKey cascade = fk.withOnDelete(ReferenceAction.CASCADE).withOnUpdate(ReferenceAction.SET_NULL);
        modify(u, u.withForeignKeys(List.of(cascade)), new TableChange.ModifyForeignKey(fk, cascade));
        modify(u, u.withForeignKeys(List.of()), new TableChange.DropForeignKey(fk));

        Check check = u.check("users_age").orElseThrow();
        Check stricter = Check.of("users_age", "`age` >= 1");
        modify(u, u.withChecks(List.of(stricter)), new TableChange.ModifyCheck(check, stricter));
        Check named = Check.of("users_name", "`name` <> ''");
        modify(u, u.withChecks(List.of(check, named)), new TableChange.AddCheck(named));

        Table options = u.withComment("people").withCharset("latin1").withCollation("latin1_swedish_ci")
                .withAttrs(List.of(new MySqlAttrs.Engine("InnoDB"), new MySqlAttrs.AutoIncrement(500)))
                .withAttrs(List.of(new MySqlAttrs.AutoIncrement(500)));
        // Converting the default charset keeps each column's own: the columns now name utf8mb4.
        List<Column> cols = u.columns().stream().map(c -> c.name().equals("name") ? c.withCharset("utf8mb4")
                .withCollation("utf8mb4_general_ci") : c).toList();
        modify(u, options.withColumns(cols), new TableChange.ModifyComment(null, "people"),
                new TableChange.ModifyOptions(u, options));
    }

    @Test
    void schemaObjects() throws Exception {
        Schema s = inspect();
        Table tags = Table.of("tags", List.of(Column.of("id", T.parse("int")), Column.of("label",
                        T.parse("varchar(10)")).withNullable(true), Column.of("team_id", T.parse("int"))))
                .withPrimaryKey(PrimaryKey.of("id")).withIndexes(List.of(Index.on("tags_team", "team_id")))
                .withForeignKeys(List.of(ForeignKey.of("tags_team_fk", List.of("team_id"),
                        new TableRef(s.name(), "teams"), List.of("id"))))
                .withAttrs(List.of(new MySqlAttrs.Engine("InnoDB"))).withAttrs(List.of());
        View view = View.of("team_names", "select `teams`.`name` AS `name` from `teams`");
        Routine fn = new Routine(Routine.Kind.FUNCTION, "twice", List.of(Routine.Arg.of("x", T.parse("int"))),
                T.parse("int"), "SQL", "CREATE FUNCTION `twice`(`x` int) RETURNS int DETERMINISTIC\nRETURN x * 2", null,
                List.of());
        Trigger tr = new Trigger("tags_upper", "tags", Trigger.Timing.BEFORE, List.of(Trigger.Event.INSERT), List.of(),
                true, null, "CREATE TRIGGER `tags_upper` BEFORE INSERT ON `tags` FOR EACH ROW SET NEW.label = "
                + "upper(NEW.label)", null);
        Sequence seq = new Sequence("ids", null, 100L, 2L, null, null, null, false, null, null);
        List<Table> tables = new ArrayList<>(s.tables());
        tables.add(tags);
        Schema want = s.withTables(tables).withViews(List.of(view)).withRoutines(List.of(fn))
                .withTriggers(List.of(tr)).withSequences(List.of(seq));
        roundTrip(List.of(new Change.AddTable(s.name(), tags), new Change.AddView(s.name(), view),
                new Change.AddRoutine(s.name(), fn), new Change.AddTrigger(s.name(), tr),
                new Change.AddSequence(s.name(), seq)), want);

        roundTrip(List.of(new Change.AddTable(s.name(), tags), new Change.AddSequence(s.name(), seq)),
                s.withTables(tables).withSequences(List.of(seq)));
        run(List.of("CREATE TABLE tags (id int PRIMARY KEY, label varchar(10), team_id int NOT NULL, KEY tags_team"
                + " (team_id), CONSTRAINT tags_team_fk FOREIGN KEY (team_id) REFERENCES teams (id))",
                "CREATE VIEW team_names AS SELECT name FROM teams", "CREATE SEQUENCE ids START WITH 100 INCREMENT BY 2"));
        Schema now = inspect();
        View changed = View.of("team_names", "select `teams`.`id` AS `id` from `teams`");
        Sequence seq2 = new Sequence("ids", null, 100L, 5L, null, 1000L, 10L, true, null, null);
        Routine fn2 = new Routine(Routine.Kind.FUNCTION, "twice", fn.args(), fn.returns(), "SQL",
                "CREATE FUNCTION `twice`(`x` int) RETURNS int DETERMINISTIC\nRETURN x + x", null, List.of());
        run(List.of(fn.definition()));
        Table renamed = now.table("tags").orElseThrow().withName("labels");
        List<Table> renamedTables = new ArrayList<>(now.tables().stream().filter(t -> !t.name().equals("tags")).toList());
        renamedTables.add(renamed);
        roundTrip(List.of(new Change.ModifyView(now.name(), now.views().get(0), changed),
                new Change.ModifySequence(now.name(), now.sequences().get(0), seq2),
                new Change.ModifyRoutine(now.name(), fn, fn2),
                new Change.RenameTable(now.name(), now.table("tags").orElseThrow(), renamed)),
                now.withViews(List.of(changed)).withSequences(List.of(seq2)).withRoutines(List.of(fn2))
                        .withTables(renamedTables));
    }

    /** New tables in any order, with a cycle of keys: the keys to tables created later come after every table. */
    @Test
    void newTablesInAnyOrder() throws Exception {
        Schema s = inspect();
        Column id = Column.of("id", T.parse("int"));
        Column other = Column.of("other", T.parse("int")).withNullable(true);
        Table a = Table.of("a", List.of(id, other)).withPrimaryKey(PrimaryKey.of("id"))
                .withIndexes(List.of(Index.on("a_other", "other")))
                .withForeignKeys(List.of(ForeignKey.of("a_b", List.of("other"), new TableRef(s.name(), "b"),
                        List.of("id")), ForeignKey.of("a_a", List.of("id"), new TableRef(s.name(), "a"), List.of("id"))));
        Table b = Table.of("b", List.of(id, other)).withPrimaryKey(PrimaryKey.of("id"))
                .withIndexes(List.of(Index.on("b_other", "other")))
                .withForeignKeys(List.of(ForeignKey.of("b_a", List.of("other"), new TableRef(s.name(), "a"),
                        List.of("id"))));
        List<Table> tables = new ArrayList<>(s.tables());
        tables.add(a);
        tables.add(b);
        roundTrip(List.of(new Change.AddTable(s.name(), a), new Change.AddTable(s.name(), b)), s.withTables(tables));
    }

    @Test
    void databases() throws Exception {
        String name = db.name() + "_x";
        Schema created = Schema.named(name).withCharset("latin1").withCollation("latin1_bin");
        try (Session s = MySqlTesting.open(db)) {
            DdlPlan plan = new MySqlDdl(true).plan(List.of(new Change.AddSchema(created)), PlanOptions.DEFAULT);
            s.execute(plan.statements().get(0).sql());
            try {
                Schema got = s.dialect().inspector(s).inspect(InspectScope.schema(name)).schemas().get(0);
                assertThat(got).isEqualTo(created);
                Schema utf = created.withCharset("utf8mb4").withCollation("utf8mb4_bin").withComment("x");
                DdlPlan alter = new MySqlDdl(true).plan(List.of(new Change.ModifySchema(created, utf)),
                        PlanOptions.DEFAULT);
                s.execute(alter.statements().get(0).sql());
                assertThat(s.dialect().inspector(s).inspect(InspectScope.schema(name)).schemas().get(0)).isEqualTo(utf);
            } finally {
                s.execute(plan.statements().get(0).reverse().get(0));
            }
        }
    }
}
