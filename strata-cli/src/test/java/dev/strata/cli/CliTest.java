package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.migrate.adopt.AdoptRefusedException;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How a failure is reported: on the terminal it was raised for. */
class CliTest {

    @TempDir
    Path tmp;

    /**
     * A tenant under {@code --parallel} writes to a buffer that is printed whole when it ends; the
     * explanation of a refused adopt must go there too, not straight to the process's stdout.
     */
    @Test
    void theAdoptRefusalGoesToTheTerminalItWasRaisedFor() throws Exception {
        Path db = tmp.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE flyway_schema_history (installed_rank int, version varchar(50),"
                    + " description varchar(200), type varchar(20), script varchar(1000), execution_time int,"
                    + " success boolean, installed_on timestamp)");
            st.execute("INSERT INTO flyway_schema_history VALUES (1, '1', 'users', 'SQL', 'V1__users.sql', 5, 0,"
                    + " '2024-01-01 00:00:00')");
        }
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_users.sql", "CREATE TABLE users (id int);\n");
        AdoptRefusedException refusal = catchThrowableOfType(() -> Strata.builder().url("sqlite://" + db).dir(dir)
                .build().adopt("flyway", null), AdoptRefusedException.class);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal term = new Terminal(out, out, false);
        Terminal tenant = term.buffer();
        int code = new Cli(term, Map.of()).report(refusal, tenant);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("nothing escapes the tenant's block").isEmpty();
        term.replay(tenant);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(refusal.report() + "Error: "
                + refusal.getMessage() + "\n");
    }
}
