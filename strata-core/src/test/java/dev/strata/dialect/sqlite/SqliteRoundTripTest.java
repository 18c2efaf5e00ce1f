package dev.strata.dialect.sqlite;

import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.schema.Change;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.diff.Creation;
import dev.strata.schema.hcl.SchemaHcl;
import dev.strata.config.HclDocument;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus round trip: each schema is created with {@code sqlite3}, inspected (A), printed as the
 * SQL that creates it, applied with {@code sqlite3} to an empty file, inspected again (B); A equals
 * B, and the two files' {@code .schema} agree. SQLite stores each CREATE statement as it was typed,
 * so the corpus is written in the spelling Strata prints, and the comparison leaves out only what
 * the spelling cannot fix: identifier quotes, the case of unquoted words, white space, and the
 * order of statements ({@code .schema} prints them in creation order).
 */
class SqliteRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"shop", "blog", "options"})
    void corpusSchemaSurvivesInspectPrintApply(String name) throws Exception {
        String corpus = resource("/schema-corpus/sqlite/" + name + ".sql");
        try (TestDb a = TestDb.sqlite(); TestDb b = TestDb.sqlite()) {
            sqlite3(a.file(), corpus);
            Realm modelA = inspect(a);
            assertThat(modelA.schemas().get(0).tables()).isNotEmpty();

            String sql = print(creation(modelA), PlanOptions.DEFAULT.withQualifier("").withIndent("  "));
            assertThat(sql).as("created table by table, no rebuild").doesNotContain("new_").doesNotContain("PRAGMA");
            sqlite3(b.file(), sql);
            Realm modelB = inspect(b);

            assertThat(modelB).as("inspected after applying:\n" + sql).isEqualTo(modelA);
            assertThat(dump(b.file())).as("sqlite3 .schema").isEqualTo(dump(a.file()));

            String hcl = SchemaHcl.print(modelA, "sqlite3");
            assertThat(SchemaHcl.read(HclDocument.parse("printed.hcl", hcl), Map.of(), "sqlite3"))
                    .as("HCL read back:\n" + hcl).isEqualTo(modelA);
        }
    }

    @org.junit.jupiter.api.Test
    void handWrittenSchemaSurvivesInspectPrintApply() throws Exception {
        try (TestDb a = TestDb.sqlite(); TestDb b = TestDb.sqlite(); TestDb c = TestDb.sqlite()) {
            sqlite3(a.file(), resource("/schema-corpus/sqlite/freeform.sql"));
            Realm modelA = inspect(a);
            assertThat(modelA.schemas().get(0).tables()).extracting(dev.strata.schema.Table::name)
                    .containsExactly("Account Holders", "child", "codes", "copy");
            String sql = print(creation(modelA), PlanOptions.DEFAULT.withQualifier(""));
            sqlite3(b.file(), sql);
            Realm modelB = inspect(b);
            assertThat(modelB).as("inspected after applying:\n" + sql).isEqualTo(modelA);
            // Printed by Strata, the schema is in Strata's spelling: printed again, it is the same text.
            sqlite3(c.file(), print(creation(modelB), PlanOptions.DEFAULT.withQualifier("")));
            assertThat(dump(c.file())).isEqualTo(dump(b.file()));
            String hcl = SchemaHcl.print(modelA, "sqlite3");
            assertThat(SchemaHcl.read(HclDocument.parse("printed.hcl", hcl), Map.of(), "sqlite3"))
                    .as("HCL read back:\n" + hcl).isEqualTo(modelA);
        }
    }

    static Realm inspect(TestDb db) throws Exception {
        return inspect(db, InspectScope.schema("main"));
    }

    static Realm inspect(TestDb db, InspectScope scope) throws Exception {
        try (Session s = new SqliteDialect().open(DatabaseUrl.parse(db.url()))) {
            return s.dialect().inspector(s).inspect(scope);
        }
    }

    static List<Change> creation(Realm realm) {
        return Creation.of(realm);
    }

    /** A plan as a file {@code sqlite3} runs: each statement after its comment, ended by a semicolon. */
    static String print(List<Change> changes, PlanOptions options) {
        DdlPlan plan = new SqliteDdl(null).plan(changes, options);
        StringBuilder b = new StringBuilder();
        for (DdlStatement s : plan.statements()) {
            b.append("-- ").append(Character.toUpperCase(s.comment().charAt(0))).append(s.comment().substring(1))
                    .append('\n').append(s.sql()).append(";\n");
        }
        return b.toString();
    }

    /** Plans the changes on the database (its session reads triggers and views), runs them with sqlite3; the plan's SQL. */
    static String apply(TestDb db, List<Change> changes) throws Exception {
        DdlPlan plan;
        try (Session s = new SqliteDialect().open(DatabaseUrl.parse(db.url()))) {
            plan = s.dialect().ddlPlanner(s).plan(changes, PlanOptions.DEFAULT.withQualifier(""));
        }
        StringBuilder b = new StringBuilder();
        for (DdlStatement st : plan.statements()) {
            b.append(st.sql()).append(";\n");
        }
        sqlite3(db.file(), b.toString());
        return b.toString();
    }

    static void sqlite3(Path file, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", "-bail", file.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(sql.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("sqlite3 ran:\n" + sql + "\nand said: " + out).isZero();
        assertThat(out).as("sqlite3 output for:\n" + sql).isEmpty();
    }

    /** {@code .schema}, one normalised statement per line, sorted. */
    static List<String> dump(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", file.toString(), ".schema").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (SqlTokens.Token t : SqlTokens.of(out).tokens()) {
            if (t.text().equals(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            String word = switch (t.kind()) {
                case QUOTED -> t.value();
                case WORD -> t.text().toLowerCase(Locale.ROOT);
                default -> t.text();
            };
            current.append(word).append(' ');
        }
        // Statements inside a trigger's BEGIN ... END end with semicolons too: sorting keeps them, with
        // their neighbours, as plain lines to compare.
        statements.sort(null);
        return statements;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SqliteRoundTripTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unused")
    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
