package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * goose's {@code goose_db_version}: a row per up or down run ({@code version_id}, {@code is_applied},
 * {@code tstamp}), the latest row of a version telling whether it is applied. Version 0 is goose's
 * own first row. goose records no failures: a failed migration leaves no row.
 */
final class GooseHistory implements OldTool {

    @Override
    public String name() {
        return "goose";
    }

    @Override
    public String defaultTable() {
        return "goose_db_version";
    }

    @Override
    public Findings read(HistoryTable table, DirFiles files) throws SQLException {
        Map<Long, Instant> applied = new TreeMap<>();
        table.select("version_id, is_applied, tstamp", "id", rs -> {
            long version = rs.getLong("version_id");
            if (version == 0) {
                return;
            }
            if (rs.getBoolean("is_applied")) {
                applied.put(version, HistoryTable.instant(rs, "tstamp"));
            } else {
                applied.remove(version);
            }
        });
        Findings findings = new Findings();
        for (Map.Entry<Long, Instant> e : applied.entrySet()) {
            String version = String.valueOf(e.getKey());
            Optional<MigrationFile> file = files.byVersion(version);
            if (file.isPresent()) {
                findings.adopt(file.get(), "version " + version, e.getValue(), Duration.ZERO);
            } else {
                findings.problem("version " + version + ": applied by goose, but " + files.location()
                        + " has no file with version " + version);
            }
        }
        return findings;
    }
}
