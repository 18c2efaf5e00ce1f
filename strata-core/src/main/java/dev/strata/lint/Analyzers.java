package dev.strata.lint;

import java.util.ArrayList;
import java.util.List;

/** The analyzers each dialect's dev database gets, in report order. */
public final class Analyzers {

    /** Every analyzer's configuration name, as {@code atlas:nolint} and the lint block take them. */
    public static final List<String> NAMES = List.of("destructive", "data_depend", "condrop", "incompatible",
            "concurrent_index", "pg_locks", "lock_timeout", "mysql_copy", "sqlite_rebuild", "naming", "hygiene");

    private Analyzers() {
    }

    /**
     * Atlas's four for every dialect (Atlas OSS gives MariaDB URLs none; Strata gives them all),
     * then Strata's dialect checks, naming when the project file sets rules, and hygiene. The
     * lock_timeout and sqlite_rebuild checks run when the lint block names them
     * ({@code lock_timeout { error = false }}).
     */
    public static List<Analyzer> forDialect(String dialect, LintConfig config) {
        List<Analyzer> all = new ArrayList<>(List.of(new Destructive(), new DataDependent(), new ConstraintDrop(),
                new Incompatible()));
        if (dialect.equals("postgres")) {
            all.add(new ConcurrentIndex());
            all.add(new PgLocks());
            if (config.errors().containsKey("lock_timeout")) {
                all.add(new LockTimeout()); // Opt-in: it fires on nearly every file altering an existing table.
            }
        }
        if (dialect.equals("mysql") || dialect.equals("mariadb")) {
            all.add(new MysqlCopy());
        }
        if (dialect.equals("sqlite3") && config.errors().containsKey("sqlite_rebuild")) {
            all.add(new SqliteRebuild()); // Opt-in: on SQLite a rewrite is the only way to make these changes.
        }
        if (!config.naming().isEmpty()) {
            all.add(new Naming(config.naming()));
        }
        all.add(new Hygiene());
        return List.copyOf(all);
    }
}
