package dev.strata.report;

import dev.strata.Strata;
import dev.strata.migrate.exec.ApplyException;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.exec.TxMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One directory, three SQLite databases at different places in it (up to date, stopped at a failing
 * file, holding a statement in doubt as a crash on MySQL leaves it) and one that cannot be read: the
 * history, its JSON and its pages say exactly that.
 */
class HistoryTest {

    @TempDir
    Path tmp;

    /**
     * The directory 1_users, 2_posts, 3_tags on prod (up to date), staging (file 2 failed), dev (file
     * 3 in doubt) and a fourth database that cannot be read.
     */
    static History threeDatabases(Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY);\n");
        Files.writeString(dir.resolve("2_posts.sql"),
                "CREATE TABLE posts (id integer PRIMARY KEY);\nINSERT INTO posts VALUES (1);\n");
        Files.writeString(dir.resolve("3_tags.sql"), "CREATE TABLE tags (id integer PRIMARY KEY);\n");
        Strata.builder().dir(dir).build().hash();

        Strata prod = strata(tmp, "prod", dir);
        prod.apply();
        // Someone made a posts table on staging by hand after file 1: file 2 fails on its first
        // statement. Without a transaction the failure stays recorded, as on MySQL.
        Strata staging = Strata.builder().url("sqlite://" + tmp.resolve("staging.db")).dir(dir).txMode(TxMode.NONE)
                .build();
        staging.apply(1);
        sql(tmp, "staging", "CREATE TABLE posts (id integer PRIMARY KEY)");
        assertThatThrownBy(staging::apply).isInstanceOf(ApplyException.class);
        Strata dev = strata(tmp, "dev", dir);
        dev.apply();
        // What a crash during a self-committing statement of file 3 leaves behind (MySQL/MariaDB).
        sql(tmp, "dev", "UPDATE atlas_schema_revisions SET applied = 0, error = ? WHERE version = '3'",
                Revision.IN_DOUBT + "statement 1 (line 1) was started");

        return prod.report("prod", "sqlite://prod.db")
                .with(staging.report("staging", "sqlite://staging.db").targets())
                .with(dev.report("dev", "sqlite://dev.db").targets())
                .with(strata(tmp, "missing/nowhere", dir).report("gone", "sqlite://gone.db").targets());
    }

    @Test
    void threeDatabasesAtDifferentPlacesAreReportedAsTheyAre() throws Exception {
        History h = threeDatabases(tmp);
        assertThat(h.files()).extracting(History.File::version).containsExactly("1", "2", "3");
        assertThat(h.files().get(1).statements()).hasSize(2);
        History.Target p = h.targets().get(0);
        History.Target s = h.targets().get(1);
        History.Target d = h.targets().get(2);
        History.Target gone = h.targets().get(3);
        assertThat(List.of("1", "2", "3")).allSatisfy(v -> assertThat(p.state(v)).isEqualTo(History.State.APPLIED));
        assertThat(p.current()).contains("3");
        assertThat(h.behind(p)).isZero();
        assertThat(s.state("1")).isEqualTo(History.State.APPLIED);
        assertThat(s.state("2")).isEqualTo(History.State.FAILED);
        assertThat(s.state("3")).isEqualTo(History.State.PENDING);
        assertThat(s.revision("2").orElseThrow().error()).contains("posts");
        assertThat(s.current()).contains("1");
        assertThat(h.behind(s)).isEqualTo(2);
        assertThat(d.state("3")).isEqualTo(History.State.IN_DOUBT);
        assertThat(d.current()).contains("2");
        assertThat(gone.error()).isNotBlank();

        String json = HistoryJson.of(h);
        assertThat(json).contains("\"Name\":\"staging\"", "\"2\":\"failed\"", "\"3\":\"in_doubt\"",
                "\"Current\":\"3\"", "\"Behind\":2", "\"Name\":\"gone\",\"URL\":\"sqlite://gone.db\",\"Error\":");

        Path site = tmp.resolve("site");
        assertThat(HistoryPages.write(h, site)).extracting(f -> f.getFileName().toString())
                .containsExactly("index.html", "target-1.html", "target-2.html", "target-3.html", "target-4.html",
                        "history.json");
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index).contains("<li>staging is 2 files behind prod</li>", "<li>dev is 1 file behind prod</li>",
                "<td class=\"failed\"", "<td class=\"in_doubt\"", "unreadable: ");
        String stagingPage = Files.readString(site.resolve("target-2.html"));
        assertThat(stagingPage).contains("<tr data-version=\"2\" class=\"failed\">", "<code>3_tags.sql</code>",
                Strata.operator());
        assertThat(index).doesNotContain("<script", "http://", "https://");
    }

    private static Strata strata(Path tmp, String name, Path dir) {
        return Strata.builder().url("sqlite://" + tmp.resolve(name + ".db")).dir(dir).build();
    }

    private static void sql(Path tmp, String name, String sql, String... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve(name + ".db"));
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }
}
