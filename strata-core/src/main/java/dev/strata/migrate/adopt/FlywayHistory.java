package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.format.FlywayVersion;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Flyway's {@code flyway_schema_history}: one row per run migration, in {@code installed_rank}
 * order, with its type, version (none for a repeatable), script, execution time in milliseconds and
 * success. Undo and delete rows take a version back; a {@code BASELINE} row
 * ({@code flyway baseline}) marks every version up to it as applied.
 */
final class FlywayHistory implements OldTool {

    private record Row(String version, String description, String type, String script, Duration took,
                       boolean success, Instant at) {

        String label() {
            return (version == null ? script : "V" + version) + " (" + description + ")";
        }

        boolean isSql() {
            return type.equals("SQL") || type.equals("SQL_BASELINE");
        }
    }

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    public String defaultTable() {
        return "flyway_schema_history";
    }

    @Override
    public Findings read(HistoryTable table, DirFiles files) throws SQLException {
        Findings findings = new Findings();
        Map<FlywayVersion, Row> applied = new TreeMap<>();
        Map<String, Row> repeatables = new LinkedHashMap<>();
        Row[] baseline = new Row[1];
        table.select("version, description, type, script, execution_time, success, installed_on", "installed_rank",
                rs -> {
                    Row row = new Row(rs.getString("version"), rs.getString("description"), rs.getString("type"),
                            rs.getString("script"), Duration.ofMillis(rs.getLong("execution_time")),
                            rs.getBoolean("success"), HistoryTable.instant(rs, "installed_on"));
                    if (row.type().equals("SCHEMA")) {
                        return; // Flyway created the schema: nothing to run.
                    }
                    if (!row.success()) {
                        findings.problem(row.label() + ": failed (success = false): fix the database by hand,"
                                + " then run 'flyway repair' or 'flyway migrate' until it succeeds");
                        return;
                    }
                    boolean undone = row.type().startsWith("UNDO_") || row.type().equals("DELETE");
                    if (row.version() == null) {
                        if (undone) {
                            repeatables.remove(baseName(row.script()));
                        } else {
                            repeatables.put(baseName(row.script()), row);
                        }
                    } else if (undone) {
                        applied.remove(FlywayVersion.parse(row.version()));
                    } else if (row.type().equals("BASELINE")) {
                        baseline[0] = row;
                    } else {
                        applied.put(FlywayVersion.parse(row.version()), row);
                    }
                });
        versioned(applied, baseline[0], files, findings);
        repeatable(repeatables, files, findings);
        return findings;
    }

    private static void versioned(Map<FlywayVersion, Row> applied, Row baseline, DirFiles files, Findings findings) {
        Optional<MigrationFile> first = files.first();
        List<Row> belowFirst = new ArrayList<>();
        for (Row row : applied.values()) {
            Optional<MigrationFile> file = files.byVersion(row.version());
            if (file.isPresent()) {
                findings.adopt(file.get(), "V" + row.version(), row.at(), row.took());
            } else if (!row.isSql()) {
                findings.note(row.label() + ": " + row.type() + " migration with no SQL file, not carried over");
            } else if (first.isPresent() && FlywayVersion.parse(row.version())
                    .compareTo(FlywayVersion.parse(first.get().version())) < 0) {
                belowFirst.add(row);
            } else {
                findings.problem(row.label() + ": applied by flyway, but " + files.location()
                        + " has no file with version " + row.version());
            }
        }
        if (baseline != null) {
            FlywayVersion upTo = FlywayVersion.parse(baseline.version());
            for (MigrationFile f : files.all()) {
                if (!DirFiles.isRepeatable(f) && !findings.isAdopted(f) && FlywayVersion.numeric(f.version())
                        .filter(v -> v.compareTo(upTo) <= 0).isPresent()) {
                    findings.adopt(f, "flyway baseline " + baseline.version(), baseline.at(), Duration.ZERO);
                }
            }
        }
        if (belowFirst.isEmpty()) {
            return;
        }
        // Versions replaced by a baseline file (B2 stands for V1 and V2): covered once the baseline's version ran.
        if (findings.isAdopted(first.get())) {
            findings.note(String.join(", ", belowFirst.stream().map(r -> "V" + r.version()).toList())
                    + ": included in " + first.get().name());
            return;
        }
        for (Row row : belowFirst) {
            findings.problem(row.label() + ": applied by flyway, but " + files.location() + " starts at "
                    + first.get().name() + ", which flyway has not applied: run 'flyway migrate' first");
        }
    }

    private static void repeatable(Map<String, Row> repeatables, DirFiles files, Findings findings) {
        for (Map.Entry<String, Row> e : repeatables.entrySet()) {
            String script = e.getKey();
            String description = script.startsWith("R__") && script.endsWith(".sql")
                    ? script.substring(3, script.length() - 4) : e.getValue().description().replace(' ', '_');
            Optional<MigrationFile> file = files.repeatable(description);
            if (file.isPresent()) {
                findings.adopt(file.get(), script, e.getValue().at(), e.getValue().took());
            } else {
                findings.problem(e.getValue().label() + ": applied by flyway, but " + files.location()
                        + " has no imported repeatable migration " + description);
            }
        }
        for (MigrationFile f : files.all()) {
            if (DirFiles.isRepeatable(f) && !findings.isAdopted(f)) {
                findings.note(f.name() + ": a repeatable migration flyway has not run: left pending");
            }
        }
    }

    private static String baseName(String script) {
        return script == null ? "" : script.substring(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1);
    }
}
