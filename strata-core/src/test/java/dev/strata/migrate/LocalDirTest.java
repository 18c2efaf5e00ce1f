package dev.strata.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDirTest {

    @TempDir
    Path tmp;

    /** Two `migrate new` within one second: the second takes the next free second, so versions stay unique. */
    @Test
    void newMigrationsInOneSecondGetTheirOwnVersions() throws Exception {
        LocalDir dir = LocalDir.create(tmp.resolve("migrations"), "migrations");
        Instant now = Instant.parse("2026-11-28T10:15:30.250Z");
        assertThat(dir.newMigration("add_users", now)).isEqualTo("20261128101530_add_users.sql");
        assertThat(dir.newMigration("add_pets", now.plusMillis(500))).isEqualTo("20261128101531_add_pets.sql");
        assertThat(dir.newMigration(null, now)).isEqualTo("20261128101532.sql");
        Files.writeString(dir.path().resolve("20261128101532.sql"), "SELECT 1;\n");
        dir.writeSum();
        assertThat(dir.newMigration("later", now.plusSeconds(60))).isEqualTo("20261128101630_later.sql");
        MigrationDir.requireUniqueVersions(dir.files());
        assertThat(dir.verify()).isNotNull();
    }
}
