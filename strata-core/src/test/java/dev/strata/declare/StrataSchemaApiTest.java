package dev.strata.declare;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.schema.Realm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The declarative Java API ({@code Strata.inspect}, {@code diff}, {@code plan}, {@code applySchema}) on SQLite. */
class StrataSchemaApiTest {

    private static final String DEV = "sqlite://dev?mode=memory";

    @TempDir
    Path tmp;

    private String db() {
        return "sqlite://" + tmp.resolve("app.db");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"));
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private String schema(String text) throws Exception {
        Path p = tmp.resolve("schema.sql");
        Files.writeString(p, text);
        return "file://" + p;
    }

    private Strata strata() {
        return Strata.builder().url(db()).devUrl(DEV).build();
    }

    @Test
    void inspectReadsTheDatabaseIntoTheModel() throws Exception {
        sql("CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL)");
        Realm realm = strata().inspect();
        assertThat(realm.schemas()).hasSize(1);
        assertThat(realm.schemas().get(0).name()).isEqualTo("main");
        assertThat(realm.schemas().get(0).table("users").orElseThrow().columns()).extracting(c -> c.name())
                .containsExactly("id", "name");
    }

    @Test
    void applySchemaKeepsRowsAndASecondRunHasNothingToDo() throws Exception {
        sql("CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL)", "INSERT INTO users VALUES (1, 'ann')");
        String to = schema("CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text);"
                + " CREATE INDEX users_name ON users (name);");
        DdlPlan plan = strata().plan(to);
        assertThat(plan.statements()).extracting(DdlStatement::sql).containsExactly(
                "ALTER TABLE `users` ADD COLUMN `email` text NULL", "CREATE INDEX `users_name` ON `users` (`name`)");

        DdlPlan applied = strata().applySchema(to, false);
        assertThat(applied).isEqualTo(plan);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT name, email FROM users")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ann");
            assertThat(rs.getString(2)).isNull();
        }
        assertThat(strata().applySchema(to, false).isEmpty()).isTrue();
        assertThat(strata().diff(db(), to).synced()).isTrue();
    }

    @Test
    void destructiveChangesAreRefusedUnlessAllowed() throws Exception {
        sql("CREATE TABLE users (id integer PRIMARY KEY, name text)", "CREATE TABLE old (id integer)",
                "INSERT INTO old VALUES (1)");
        String to = schema("CREATE TABLE users (id integer PRIMARY KEY, name text);");
        assertThatThrownBy(() -> strata().applySchema(to, false)).isInstanceOf(StrataException.class)
                .hasMessageContaining("refusing a plan that may lose data").hasMessageContaining("old");
        assertThat(strata().inspect().schemas().get(0).table("old")).as("nothing ran").isPresent();
        strata().applySchema(to, true);
        assertThat(strata().inspect().schemas().get(0).table("old")).isEmpty();
    }

    @Test
    void onlyDropsOfTablesAndColumnsThatHoldDataAreRefused() throws Exception {
        // issue 15: "dropping a non-empty column or table" is what needs --allow-destructive
        sql("CREATE TABLE users (id integer PRIMARY KEY, name text, nick text)", "CREATE TABLE empty (id integer)",
                "INSERT INTO users VALUES (1, 'ann', NULL)");
        strata().applySchema(schema("CREATE TABLE users (id integer PRIMARY KEY, name text);"), false);
        assertThat(strata().inspect().schemas().get(0).table("empty")).as("an empty table goes").isEmpty();
        assertThat(strata().inspect().schemas().get(0).table("users").orElseThrow().column("nick"))
                .as("a column of NULLs goes").isEmpty();
        assertThatThrownBy(() -> strata().applySchema(schema("CREATE TABLE users (id integer PRIMARY KEY);"), false))
                .isInstanceOf(StrataException.class).hasMessageContaining("drops column \"name\"");
    }

    @Test
    void diffComparesTwoSourcesOnTheDevDatabase() throws Exception {
        String a = schema("CREATE TABLE t (id integer);");
        Path b = tmp.resolve("b.sql");
        Files.writeString(b, "CREATE TABLE t (id integer, note text);");
        SchemaDiff diff = Strata.builder().devUrl(DEV).build().diff(a, "file://" + b);
        assertThat(diff.changes()).hasSize(1);
        assertThat(diff.changes().get(0).describe()).isEqualTo("modify \"t\" table");
    }
}
