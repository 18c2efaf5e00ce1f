package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.format.FlywayVersion;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase's {@code DATABASECHANGELOG}: one row per changeset ({@code ID}, {@code AUTHOR}, the
 * changelog {@code FILENAME}, {@code DATEEXECUTED}, {@code EXECTYPE}). A file counts as applied when
 * its changesets ran ({@code EXECUTED}, {@code RERAN}, {@code MARK_RAN}); some but not all of the
 * changesets the imported file still names make it half-applied, which Strata cannot represent.
 */
final class LiquibaseHistory implements OldTool {

    private static final Pattern CHANGESET = Pattern.compile(
            "(?m)^--\\s*changeset\\s+(\"[^\"]+\"|[^:\\s]+):(\"[^\"]+\"|\\S+)");

    private record Row(String id, String author, String file, Instant at, String type) {
        String changeset() {
            return author + ":" + id;
        }
    }

    @Override
    public String name() {
        return "liquibase";
    }

    @Override
    public String defaultTable() {
        return "DATABASECHANGELOG";
    }

    @Override
    public Findings read(HistoryTable table, DirFiles files) throws SQLException {
        Findings findings = new Findings();
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        table.select("ID, AUTHOR, FILENAME, DATEEXECUTED, EXECTYPE", "ORDEREXECUTED", rs -> {
            Row row = new Row(rs.getString("ID"), rs.getString("AUTHOR"), rs.getString("FILENAME"),
                    HistoryTable.instant(rs, "DATEEXECUTED"), rs.getString("EXECTYPE"));
            if (row.type().equals("FAILED")) {
                findings.problem("changeset " + row.changeset() + " of " + row.file() + ": failed (EXECTYPE FAILED):"
                        + " fix it and run 'liquibase update' first");
            } else if (!row.type().equals("SKIPPED")) {
                byFile.computeIfAbsent(row.file(), k -> new ArrayList<>()).add(row);
            }
        });
        for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
            List<Row> rows = e.getValue();
            Optional<MigrationFile> file = fileOf(e.getKey(), files);
            if (file.isEmpty()) {
                for (Row r : rows) {
                    findings.problem("changeset " + r.changeset() + " of " + r.file() + ": applied by liquibase, but "
                            + files.location() + " has no file imported from " + baseName(r.file()));
                }
                continue;
            }
            Set<String> ran = new LinkedHashSet<>();
            rows.forEach(r -> ran.add(r.changeset()));
            List<String> missing = changesets(file.get()).stream().filter(c -> !ran.contains(c)).toList();
            if (!missing.isEmpty()) {
                findings.problem(file.get().name() + ": changeset " + String.join(", ", missing)
                        + " not applied by liquibase while others of the file are: run 'liquibase update' first");
                continue;
            }
            Instant last = rows.stream().map(Row::at).filter(t -> t != null).max(Instant::compareTo).orElse(null);
            findings.adopt(file.get(), rows.size() == 1 ? "changeset " + rows.get(0).changeset()
                    : rows.size() + " changesets", last, Duration.ZERO);
        }
        return findings;
    }

    /** The imported file of a changelog path: the same name, or the same description and version by value. */
    private static Optional<MigrationFile> fileOf(String changelog, DirFiles files) {
        MigrationFile source = new MigrationFile(baseName(changelog), new byte[0]);
        Optional<FlywayVersion> version = FlywayVersion.numeric(source.version());
        return files.all().stream().filter(f -> f.name().equals(source.name())
                || f.description().equals(source.description()) && version.isPresent()
                && version.equals(FlywayVersion.numeric(f.version()))).findFirst();
    }

    /** The changesets ({@code author:id}) the imported file still names in its comments. */
    private static List<String> changesets(MigrationFile file) {
        List<String> found = new ArrayList<>();
        Matcher m = CHANGESET.matcher(file.text());
        while (m.find()) {
            found.add(unquote(m.group(1)) + ":" + unquote(m.group(2)));
        }
        return found;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String baseName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
