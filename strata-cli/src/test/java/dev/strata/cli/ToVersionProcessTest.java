package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate apply --to-version}: up to and including a version, exclusive with the amount (issue 20, item 7). */
class ToVersionProcessTest {

    @TempDir
    Path tmp;

    @Test
    void appliesUpToTheVersion() {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                "2_b.sql", "CREATE TABLE b (id int);\n", "3_c.sql", "CREATE TABLE c (id int);\n");
        StrataProcess strata = new StrataProcess(tmp);

        StrataProcess.Result both = strata.run("migrate", "apply", "--url", "sqlite://app.db", "--to-version", "2",
                "1");
        assertThat(both.exitCode()).as(both.toString()).isEqualTo(2);
        assertThat(both.stderr()).isEqualTo("Error: --to-version and the amount argument are mutually exclusive\n");

        StrataProcess.Result unknown = strata.run("migrate", "apply", "--url", "sqlite://app.db", "--to-version", "7");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.stderr()).isEqualTo("Error: --to-version 7: migration with version \"7\" not found in"
                + " migrations\n");

        StrataProcess.Result two = strata.run("migrate", "apply", "--url", "sqlite://app.db", "--to-version", "2");
        assertThat(two.exitCode()).as(two.toString()).isZero();
        assertThat(two.stdout()).startsWith("Migrating to version 2 (2 migrations in total):");

        StrataProcess.Result again = strata.run("migrate", "apply", "--url", "sqlite://app.db", "--to-version", "2");
        assertThat(again.stdout()).isEqualTo("No migration files to execute\n");

        StrataProcess.Result rest = strata.run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(rest.stdout()).startsWith("Migrating to version 3 from 2 (1 migrations in total):");
    }
}
