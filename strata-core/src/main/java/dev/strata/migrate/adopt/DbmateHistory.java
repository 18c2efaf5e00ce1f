package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * dbmate's {@code schema_migrations}: one row per applied file, holding the version (the digits its
 * name starts with). dbmate records neither times nor failures.
 */
final class DbmateHistory implements OldTool {

    @Override
    public String name() {
        return "dbmate";
    }

    @Override
    public String defaultTable() {
        return "schema_migrations";
    }

    @Override
    public Findings read(HistoryTable table, DirFiles files) throws SQLException {
        List<String> versions = new ArrayList<>();
        table.select("version", "version", rs -> versions.add(rs.getString("version")));
        Findings findings = new Findings();
        for (String version : versions) {
            Optional<MigrationFile> file = files.byVersion(version);
            if (file.isPresent()) {
                findings.adopt(file.get(), "version " + version, null, Duration.ZERO);
            } else {
                findings.problem("version " + version + ": applied by dbmate, but " + files.location()
                        + " has no file with version " + version);
            }
        }
        return findings;
    }
}
