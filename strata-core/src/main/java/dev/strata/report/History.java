package dev.strata.report;

import dev.strata.Strata;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.lint.Diagnostic;
import dev.strata.lint.FileResult;
import dev.strata.lint.LintResult;
import dev.strata.lint.Report;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A migration directory and where each database stands against it: what {@code strata migrate report}
 * publishes as pages ({@link HistoryPages}) and JSON ({@link HistoryJson}). Read from the revisions
 * tables only; nothing is applied or locked.
 *
 * @param generated when the report was made
 * @param operator  the Strata version that made it
 * @param files     the directory's files, in version order
 * @param targets   the databases, in the order given
 */
public record History(Instant generated, String operator, List<File> files, List<Target> targets) {

    public History {
        files = List.copyOf(files);
        targets = List.copyOf(targets);
    }

    /** Where a file stands on one database. */
    public enum State {
        /** Applied completely (or marked applied by {@code migrate set}). */
        APPLIED,
        /** Below the database's baseline: taken as applied without running. */
        BASELINE,
        /** Started and stopped at a failing statement: the row holds the error. */
        FAILED,
        /** A statement's outcome is unknown (MySQL/MariaDB DDL interrupted): {@code migrate set --in-doubt}. */
        IN_DOUBT,
        /** Not applied yet. */
        PENDING
    }

    /**
     * One migration file.
     *
     * @param statements the file's statements as the database receives them
     */
    public record File(String version, String description, String name, List<String> statements, int changes,
                       List<String> findings) {
        public File {
            statements = List.copyOf(statements);
            findings = List.copyOf(findings);
        }

        /** A file not replayed: its schema changes unknown, no lint findings. */
        public File(String version, String description, String name, List<String> statements) {
            this(version, description, name, statements, -1, List.of());
        }
    }

    /**
     * This report with each file's schema changes and lint findings from a replay of the directory on
     * the dev database ({@code migrate report --dev-url}): {@code changes} of each file as many as the
     * replay saw, {@code findings} as {@code L<line>: <code>: <text>}.
     */
    public History withReplay(LintResult replay) {
        Map<String, FileResult> byVersion = new java.util.HashMap<>();
        replay.files().forEach(r -> byVersion.put(r.file().version(), r));
        List<File> out = new ArrayList<>();
        for (File f : files) {
            FileResult r = byVersion.get(f.version());
            if (r == null) {
                out.add(f);
                continue;
            }
            List<String> findings = new ArrayList<>();
            if (r.error() != null) {
                findings.add("replay failed: " + r.error());
            }
            for (Report rep : r.reports()) {
                for (Diagnostic d : rep.diagnostics()) {
                    findings.add("L" + d.line() + ": " + d.code() + ": " + d.text());
                }
            }
            out.add(new File(f.version(), f.description(), f.name(), f.statements(), r.changes(), findings));
        }
        return new History(generated, operator, out, targets);
    }

    /**
     * One database: its revisions rows, or the error that kept it from being read.
     *
     * @param name      the environment or tenant name, or the redacted URL when none was given
     * @param url       the database URL, redacted
     * @param error     why the revisions could not be read; null when they were
     * @param revisions its revisions rows, in version order
     */
    public record Target(String name, String url, String error, List<Revision> revisions) {
        public Target {
            revisions = List.copyOf(revisions);
        }

        public static Target unreachable(String name, String url, String error) {
            return new Target(name, url, error, List.of());
        }

        public Optional<Revision> revision(String version) {
            return revisions.stream().filter(r -> r.version().equals(version)).findFirst();
        }

        /** Where a file stands here. */
        public State state(String version) {
            Revision r = revision(version).orElse(null);
            if (r == null) {
                return State.PENDING;
            }
            if (r.isInDoubt()) {
                return State.IN_DOUBT;
            }
            if ((r.type() & Revision.BASELINE) != 0) {
                return State.BASELINE;
            }
            if ((r.type() & Revision.RESOLVED) != 0 || r.applied() >= r.total()) {
                return State.APPLIED;
            }
            return State.FAILED;
        }

        /** The newest version this database has applied completely; empty when none. */
        public Optional<String> current() {
            for (int i = revisions.size() - 1; i >= 0; i--) {
                State s = state(revisions.get(i).version());
                if (s == State.APPLIED || s == State.BASELINE) {
                    return Optional.of(revisions.get(i).version());
                }
            }
            return Optional.empty();
        }

        /** Rows whose version has no file in the directory (applied from another directory, or a file deleted). */
        public List<Revision> withoutFile(List<File> files) {
            return revisions.stream().filter(r -> files.stream().noneMatch(f -> f.version().equals(r.version())))
                    .toList();
        }
    }

    /**
     * The directory's files, each with its statements as the scanner with these options splits them,
     * against the targets given.
     */
    public static History of(MigrationDir dir, Set<ScanOption> scan, List<Target> targets) {
        List<File> files = new ArrayList<>();
        for (MigrationFile f : dir.files()) {
            List<String> statements;
            try {
                statements = Scanner.scan(f.text(), scan).stream().map(Statement::text).toList();
            } catch (ScanException e) {
                // The file cannot be split; apply would say so. The page shows it without statements.
                statements = List.of();
            }
            files.add(new File(f.version(), f.description(), f.name(), statements));
        }
        return new History(Instant.now(), Strata.operator(), files, targets);
    }

    /** This report with more targets after its own. */
    public History with(List<Target> more) {
        List<Target> all = new ArrayList<>(targets);
        all.addAll(more);
        return new History(generated, operator, files, all);
    }

    /** How many files of the directory each state counts on a target. */
    public Map<State, Integer> counts(Target t) {
        Map<State, Integer> out = new LinkedHashMap<>();
        for (State s : State.values()) {
            out.put(s, 0);
        }
        for (File f : files) {
            out.merge(t.state(f.version()), 1, Integer::sum);
        }
        return out;
    }

    /** How many of the directory's files a target still has to apply (pending, failed or in doubt). */
    public int behind(Target t) {
        int n = 0;
        for (File f : files) {
            State s = t.state(f.version());
            if (s != State.APPLIED && s != State.BASELINE) {
                n++;
            }
        }
        return n;
    }
}
