package dev.strata.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schema apply}'s approval prompt, in a process under a pseudo-terminal ({@code script -qec}),
 * and its refusal to run unattended: the answer decides whether the database changes.
 */
class SchemaApplyPromptProcessTest {

    @TempDir
    Path tmp;

    private Path db;
    private Path schema;

    private void setUp() throws Exception {
        db = tmp.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("CREATE TABLE a (id int)");
        }
        schema = Files.writeString(tmp.resolve("schema.sql"), "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
    }

    private StrataProcess.Result underTerminal(String answer) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) for a pseudo-terminal");
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.strata.cli.Main",
                "schema", "apply", "--url", "sqlite://" + db, "--to", "file://" + schema, "--dev-url",
                "sqlite://dev?mode=memory");
        String command = String.join(" ", java.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        List<String> cmd = new ArrayList<>(List.of("script", "-qec", command, "/dev/null"));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return StrataProcess.finish(p);
    }

    private List<String> tables() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void applyOnATerminalRunsThePlan() throws Exception {
        setUp();
        StrataProcess.Result r = underTerminal("apply");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("-- Planned Changes:\n".replace("\n", "\r\n"))
                .contains("? Are you sure? [Apply/Abort]: ");
        assertThat(tables()).containsExactly("a", "b");
    }

    @Test
    void abortOnATerminalChangesNothing() throws Exception {
        setUp();
        StrataProcess.Result r = underTerminal("abort");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(tables()).containsExactly("a");
    }

    @Test
    void unattendedWithoutAutoApproveIsRefused() throws Exception {
        setUp();
        StrataProcess.Result r = new StrataProcess(tmp).run("schema", "apply", "--url", "sqlite://" + db, "--to",
                "file://" + schema, "--dev-url", "sqlite://dev?mode=memory");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).startsWith("-- Planned Changes:\n-- Create \"b\" table\n");
        assertThat(r.stderr()).isEqualTo("Error: schema apply needs approval and no terminal can give it: pass"
                + " --auto-approve (or --dry-run to only print the plan)\n");
        assertThat(tables()).containsExactly("a");
    }
}
