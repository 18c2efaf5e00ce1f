package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data survives {@code schema apply} (issue 15): on each database, changes that keep data, applied to
 * a table with rows, keep every row. The steps: add a column with a default and widen a type (on
 * SQLite the type and default changes rebuild the table: create new, copy, drop, rename), add an
 * index, then rename a column with an explicit {@code --rename}. None of them is destructive, so
 * {@code --allow-destructive} is never given.
 */
class SchemaApplyDataTest {

    private static final String V1 = "CREATE TABLE items (id integer NOT NULL, name varchar(10) NOT NULL,"
            + " price integer NULL, PRIMARY KEY (id));";
    private static final String V2 = "CREATE TABLE items (id integer NOT NULL, name varchar(50) NOT NULL,"
            + " price integer NULL DEFAULT 0, qty integer NOT NULL DEFAULT 5, PRIMARY KEY (id));"
            + " CREATE INDEX items_name ON items (name);";
    private static final String V3 = "CREATE TABLE items (id integer NOT NULL, title varchar(50) NOT NULL,"
            + " price integer NULL DEFAULT 0, qty integer NOT NULL DEFAULT 5, PRIMARY KEY (id));"
            + " CREATE INDEX items_name ON items (title);";

    @TempDir
    Path tmp;

    @Test
    void sqliteKeepsRowsThroughARebuild() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            keepsRows(db, db.url(), "sqlite://dev?mode=memory");
        }
    }

    @Test
    void postgresKeepsRows() throws Exception {
        try (TestDb db = TestDb.postgres(); TestDb dev = TestDb.postgres()) {
            keepsRows(db, db.url() + "&search_path=public", dev.url() + "&search_path=public");
        }
    }

    @Test
    void mariadbKeepsRows() throws Exception {
        try (TestDb db = TestDb.mariadb(); TestDb dev = TestDb.mariadb()) {
            keepsRows(db, db.url(), dev.url());
        }
    }

    private void keepsRows(TestDb db, String url, String dev) throws Exception {
        db.execute(V1.replace(";", ""), "INSERT INTO items (id, name, price) VALUES (1, 'apple', 10)",
                "INSERT INTO items (id, name, price) VALUES (2, 'pear', NULL)",
                "INSERT INTO items (id, name, price) VALUES (3, 'plum', 30)");

        String plan = apply(url, dev, V2);
        assertThat(plan).contains("qty").contains("items_name");
        assertThat(rows(db, "name")).containsExactly("1|apple|10|5", "2|pear|null|5", "3|plum|30|5");
        // the widened column takes what the old one could not
        db.execute("INSERT INTO items (id, name, price) VALUES (4, 'a name longer than ten', 40)");

        String renamed = apply(url, dev, V3, "--rename", "items.name:title");
        assertThat(renamed).doesNotContain("DROP COLUMN").contains("title");
        assertThat(rows(db, "title")).containsExactly("1|apple|10|5", "2|pear|null|5", "3|plum|30|5",
                "4|a name longer than ten|40|5");

        StrataProcess.Result again = InProcess.run("schema", "apply", "--url", url, "--to", file(V3), "--dev-url", dev,
                "--auto-approve");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).doesNotContain("Planned Changes");
    }

    /** Applies the SQL as the desired state, unattended and without --allow-destructive; the printed plan. */
    private String apply(String url, String dev, String sql, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("schema", "apply", "--url", url, "--to", file(sql), "--dev-url", dev,
                "--auto-approve"));
        args.addAll(List.of(more));
        StrataProcess.Result r = InProcess.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.stdout();
    }

    private String file(String sql) throws Exception {
        Path p = Files.createTempFile(tmp, "schema", ".sql");
        Files.writeString(p, sql + "\n");
        return "file://" + p;
    }

    private static List<String> rows(TestDb db, String name) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, " + name + ", price, qty FROM items ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4));
            }
        }
        return out;
    }
}
