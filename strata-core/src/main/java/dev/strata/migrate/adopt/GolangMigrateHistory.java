package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.format.FlywayVersion;

import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Duration;

/**
 * golang-migrate's {@code schema_migrations}: one row holding the current version and whether it is
 * dirty (a migration failed halfway). Every file up to that version counts as applied; the table
 * keeps no times.
 */
final class GolangMigrateHistory implements OldTool {

    @Override
    public String name() {
        return "golang-migrate";
    }

    @Override
    public String defaultTable() {
        return "schema_migrations";
    }

    @Override
    public Findings read(HistoryTable table, DirFiles files) throws SQLException {
        Findings findings = new Findings();
        BigInteger[] current = {null};
        boolean[] dirty = {false};
        table.select("version, dirty", null, rs -> {
            BigInteger v = new BigInteger(rs.getString("version"));
            if (current[0] == null || v.compareTo(current[0]) > 0) {
                current[0] = v;
                dirty[0] = rs.getBoolean("dirty");
            }
        });
        if (current[0] == null || current[0].signum() < 0) {
            if (dirty[0]) {
                findings.problem("the first migration is dirty (it failed halfway): fix the database by hand,"
                        + " then run 'migrate force -1'");
            }
            return findings;
        }
        String version = current[0].toString();
        if (dirty[0]) {
            findings.problem("version " + version + " is dirty (it failed halfway): fix the database by hand, then"
                    + " run 'migrate force " + version + "' (or the version before it)");
            return findings;
        }
        if (files.byVersion(version).isEmpty()) {
            findings.problem("version " + version + ": applied by golang-migrate, but " + files.location()
                    + " has no file with version " + version);
            return findings;
        }
        FlywayVersion upTo = FlywayVersion.parse(version);
        for (MigrationFile f : files.all()) {
            if (FlywayVersion.numeric(f.version()).filter(v -> v.compareTo(upTo) <= 0).isPresent()) {
                findings.adopt(f, "version " + FlywayVersion.parse(f.version()) + " (up to " + version + ")", null,
                        Duration.ZERO);
            }
        }
        return findings;
    }
}
