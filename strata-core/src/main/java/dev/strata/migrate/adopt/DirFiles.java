package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.format.FlywayVersion;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of the imported directory, found by the versions another tool gave them. Numeric
 * versions match by value, so {@code 7}, {@code 0007} and {@code 00000000000007} (an import with
 * {@code --pad-versions}) are the same migration, as are Flyway's {@code 1.1} and {@code 1_1}.
 */
final class DirFiles {

    /** How the import names a Flyway repeatable migration: {@code 3R}, {@code 3R2}, padded {@code 0...3r}. */
    private static final Pattern REPEATABLE = Pattern.compile("\\d+(?:\\.\\d+)*[Rr]\\d*");

    private final List<MigrationFile> files;
    private final String location;

    DirFiles(List<MigrationFile> files, String location) {
        this.files = List.copyOf(files);
        this.location = location;
    }

    List<MigrationFile> all() {
        return files;
    }

    /** Where the directory is, for messages. */
    String location() {
        return location;
    }

    /** The file of a version, by value when both are numeric. */
    Optional<MigrationFile> byVersion(String version) {
        Optional<FlywayVersion> wanted = FlywayVersion.numeric(version);
        for (MigrationFile f : files) {
            if (isRepeatable(f)) {
                continue;
            }
            if (f.version().equals(version)
                    || wanted.isPresent() && wanted.equals(FlywayVersion.numeric(f.version()))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The imported Flyway repeatable with this description. */
    Optional<MigrationFile> repeatable(String description) {
        return files.stream().filter(f -> isRepeatable(f) && f.description().equals(description)).findFirst();
    }

    static boolean isRepeatable(MigrationFile f) {
        return REPEATABLE.matcher(f.version()).matches();
    }

    /** The versioned file that comes first in the old tool's order (the lowest numeric version). */
    Optional<MigrationFile> first() {
        return files.stream().filter(f -> !isRepeatable(f) && FlywayVersion.numeric(f.version()).isPresent())
                .min((a, b) -> FlywayVersion.parse(a.version()).compareTo(FlywayVersion.parse(b.version())));
    }
}
