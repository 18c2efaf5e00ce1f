package dev.strata.migrate.adopt;

import dev.strata.migrate.MigrationFile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an old tool's history says about the directory: the files it applied, problems and notes. */
final class Findings {

    private final Map<String, AdoptedFile> adopted = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Records a file as applied; a later record of the same file replaces an earlier one. */
    void adopt(MigrationFile file, String source, Instant executedAt, Duration executionTime) {
        adopted.put(file.name(), new AdoptedFile(file.name(), file.version(), file.description(), source, executedAt,
                executionTime == null ? Duration.ZERO : executionTime));
    }

    boolean isAdopted(MigrationFile file) {
        return adopted.containsKey(file.name());
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void note(String note) {
        notes.add(note);
    }

    AdoptedFile adopted(String file) {
        return adopted.get(file);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
