package dev.strata.lint;

import dev.strata.StrataException;
import dev.strata.devdb.DevDatabase;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.GoQuote;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;
import dev.strata.schema.Change;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.schema.diff.Differ;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Atlas's lint runner: replays the base files on the dev database, then each new file statement by
 * statement, inspecting after every statement so each one comes with the changes it made; then runs
 * the analyzers on the file and filters their findings by {@code atlas:nolint}. The dev database is
 * emptied before and after.
 */
public final class LintRunner {

    /** Atlas runs a first file of more than this many statements whole when nothing precedes it. */
    private static final int WHOLE_FILE_STATEMENTS = 10;

    private final DevDatabase dev;
    private final List<Analyzer> analyzers;
    private final LintConfig config;

    public LintRunner(DevDatabase dev, List<Analyzer> analyzers, LintConfig config) {
        this.dev = dev;
        this.analyzers = List.copyOf(analyzers);
        this.config = config;
    }

    /** A runner with the analyzers of the dev database's dialect. */
    public static LintRunner of(DevDatabase dev, LintConfig config) {
        return new LintRunner(dev, Analyzers.forDialect(dev.session().dialect().name(), config), config);
    }

    /**
     * Lints {@code files} from index {@code firstNew} on; the files before it are the base.
     *
     * @throws StrataException when a base file fails on the dev database
     */
    public LintResult run(List<MigrationFile> files, int firstNew) {
        long t0 = System.nanoTime();
        Session s = dev.session();
        dev.reset();
        try {
            for (MigrationFile f : files.subList(0, firstNew)) {
                for (Statement st : scan(s, f)) {
                    try {
                        s.execute(st.text());
                    } catch (SQLException e) {
                        throw new StrataException("replaying " + f.name() + ": executing statement: "
                                + GoQuote.string(st.text()) + ": " + s.errorText(e), e);
                    }
                }
            }
            List<FileResult> results = new ArrayList<>();
            for (int i = firstNew; i < files.size(); i++) {
                MigrationFile f = files.get(i);
                boolean whole = firstNew == 0 && i == 0;
                FileResult r = file(s, f, whole);
                if (!Nolint.skipsFile(f)) {
                    results.add(r);
                }
                if (r.error() != null) {
                    break;
                }
            }
            String base = firstNew == 0 ? null : files.get(firstNew - 1).version();
            String last = files.isEmpty() ? null : files.get(files.size() - 1).version();
            return new LintResult(base, last, files.size() - firstNew, results, Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            dev.reset();
        }
    }

    private FileResult file(Session s, MigrationFile f, boolean mayRunWhole) {
        long t0 = System.nanoTime();
        List<Statement> statements = scan(s, f);
        List<StatementChanges> done = new ArrayList<>();
        String error = null;
        try {
            Realm before = inspect(s);
            if (mayRunWhole && statements.size() > WHOLE_FILE_STATEMENTS) {
                for (Statement st : statements) {
                    execute(s, st);
                }
                Realm after = inspect(s);
                done.add(new StatementChanges(new Statement(f.text(), 1, 0, List.of()), diff(s, before, after), before, after));
            } else {
                for (Statement st : statements) {
                    execute(s, st);
                    Realm after = inspect(s);
                    done.add(new StatementChanges(st, diff(s, before, after), before, after));
                    before = after;
                }
            }
        } catch (ReplayFailure e) {
            error = e.getMessage();
        }
        FileChanges renamed = Folds.renames(new FileChanges(f, s.dialect().name(), done));
        // Atlas counts the changes before it folds SQLite's rebuild sequences.
        int count = renamed.statements().stream().mapToInt(c -> c.changes().size()).sum();
        FileChanges changes = Folds.rebuilds(renamed, s.dialect().diffDialect(s));
        List<Report> reports = error == null ? analyze(changes) : List.of();
        return new FileResult(f, reports, count, error, Duration.ofNanos(System.nanoTime() - t0));
    }

    private List<Report> analyze(FileChanges changes) {
        List<Report> reports = new ArrayList<>();
        for (Analyzer a : analyzers) {
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : a.analyze(changes)) {
                if (!Nolint.silences(changes.file(), statementAt(changes, d.line()), a, d)) {
                    kept.add(d);
                }
            }
            if (!kept.isEmpty()) {
                reports.add(new Report(a.name(), a.heading(), kept, config.error(a)));
            }
        }
        return reports;
    }

    private static Statement statementAt(FileChanges changes, int line) {
        for (StatementChanges s : changes.statements()) {
            if (s.statement().line() == line) {
                return s.statement();
            }
        }
        return null;
    }

    private static List<Statement> scan(Session s, MigrationFile f) {
        try {
            return Scanner.scan(f.text(), s.dialect().scanOptions());
        } catch (ScanException e) {
            throw new StrataException(f.name() + ": " + e.getMessage(), e);
        }
    }

    private static void execute(Session s, Statement st) {
        try {
            s.execute(st.text());
        } catch (SQLException e) {
            throw new ReplayFailure("executing statement: " + GoQuote.string(st.text()) + ": " + s.errorText(e));
        }
    }

    private static Realm inspect(Session s) {
        String bound = s.boundSchema().orElse(null);
        InspectScope scope = bound != null ? InspectScope.schema(bound) : InspectScope.realm();
        try {
            return s.dialect().inspector(s).inspect(scope);
        } catch (SQLException e) {
            throw new StrataException("inspecting the dev database: " + s.errorText(e), e);
        }
    }

    private static List<Change> diff(Session s, Realm before, Realm after) {
        boolean bound = s.boundSchema().isPresent() && before.schemas().size() == 1 && after.schemas().size() == 1;
        return Differ.diff(before, after, s.dialect().diffDialect(s), DiffOptions.defaults().withBound(bound)).changes();
    }

    /** A statement of a new file failed: the file's error, and the end of the run. */
    private static final class ReplayFailure extends RuntimeException {
        ReplayFailure(String message) {
            super(message, null, false, false);
        }
    }
}
