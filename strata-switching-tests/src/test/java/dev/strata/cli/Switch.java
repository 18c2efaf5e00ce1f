package dev.strata.cli;

import dev.strata.testing.TestDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's switch to Strata, typed as they would: {@code migrate import} of the old tool's directory,
 * {@code migrate adopt} of the database, then a new migration and the next {@code migrate apply}.
 */
final class Switch {

    /** The statement of the migration added after the switch. */
    static final String NEW_STATEMENT = "CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL);";

    private final Path work;
    private final TestDb db;

    Switch(Path work, TestDb db) {
        this.work = work;
        this.db = db;
    }

    Path migrations() {
        return work.resolve("migrations");
    }

    StrataProcess.Result run(String... args) {
        return new StrataProcess(work).run(args);
    }

    /** {@code migrate import --from file://SOURCE?format=FORMAT --to file://migrations}, which must succeed. */
    StrataProcess.Result importDir(Path source, String format, String... flags) {
        List<String> args = new ArrayList<>(List.of("migrate", "import", "--from", "file://" + source + "?format="
                + format, "--to", "file://migrations"));
        args.addAll(List.of(flags));
        StrataProcess.Result r = run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).as(r.toString()).isEmpty();
        return r;
    }

    /** {@code migrate adopt --url ... --from TOOL} with more flags; the exit code is the caller's to check. */
    StrataProcess.Result adopt(String tool, String... flags) {
        List<String> args = new ArrayList<>(List.of("migrate", "adopt", "--url", db.url(), "--from", tool));
        args.addAll(List.of(flags));
        return run(args.toArray(String[]::new));
    }

    /** Adopts, which must succeed, and returns the report. */
    StrataProcess.Result adopted(String tool, String... flags) {
        StrataProcess.Result r = adopt(tool, flags);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    /**
     * Adds a migration with {@code migrate new}, its content and {@code migrate hash}, then checks
     * that {@code migrate apply} runs exactly that file after the adopted ones.
     *
     * @param adopted the versions adopt recorded, in order
     */
    void nextApplyRunsOnlyANewFile(List<String> adopted) throws SQLException {
        List<String> before = files();
        StrataProcess.Result created = run("migrate", "new", "add_posts");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        List<String> added = new ArrayList<>(files());
        added.removeAll(before);
        assertThat(added).hasSize(1);
        String file = added.get(0);
        String version = file.substring(0, file.indexOf('_'));
        write(migrations().resolve(file), NEW_STATEMENT + "\n");
        StrataProcess.Result hashed = run("migrate", "hash");
        assertThat(hashed.exitCode()).as(hashed.toString()).isZero();

        StrataProcess.Result apply = run("migrate", "apply", "--url", db.url());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(StrataProcess.normalized(apply.stdout())).isEqualTo("Migrating to version " + version + " from "
                + adopted.get(adopted.size() - 1) + " (1 migrations in total):\n\n"
                + "  -- migrating version " + version + "\n"
                + "    -> " + NEW_STATEMENT + "\n"
                + "  -- ok (D)\n\n"
                + "  -------------------------\n"
                + "  -- D\n"
                + "  -- 1 migration\n"
                + "  -- 1 sql statement\n");
        List<String> rows = db.column("SELECT " + concat("version", "type") + " FROM " + db.revisionsTable()
                + " ORDER BY version");
        List<String> expected = new ArrayList<>();
        adopted.forEach(v -> expected.add(v + ":4"));
        expected.add(version + ":2");
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(db.column("SELECT COUNT(*) FROM users")).containsExactly("1");
        assertThat(run("migrate", "apply", "--url", db.url()).stdout()).isEqualTo("No migration files to execute\n");
    }

    private String concat(String a, String b) {
        return db.kind() == TestDb.Kind.MARIADB ? "CONCAT(" + a + ", ':', " + b + ")" : a + " || ':' || " + b;
    }

    /** Whether the database has a revisions table (adopt with --dry-run must create none). */
    boolean hasRevisionsTable() throws SQLException {
        return db.tables().stream().anyMatch(t -> t.endsWith("atlas_schema_revisions"));
    }

    List<String> files() {
        try (Stream<Path> s = Files.list(migrations())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes name/content pairs into a directory. */
    static Path dir(Path dir, String... namesAndContents) {
        for (int i = 0; i < namesAndContents.length; i += 2) {
            write(dir.resolve(namesAndContents[i]), namesAndContents[i + 1]);
        }
        return dir;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
