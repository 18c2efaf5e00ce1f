package dev.strata;

import dev.strata.declare.SchemaDiff;
import dev.strata.declare.Scope;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.Session;
import dev.strata.lint.Lint;
import dev.strata.lint.LintConfig;
import dev.strata.lint.LintReport;
import dev.strata.lint.NewFiles;
import dev.strata.migrate.ClasspathDir;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationLocation;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.adopt.AdoptResult;
import dev.strata.migrate.adopt.AdoptSettings;
import dev.strata.migrate.adopt.Adopter;
import dev.strata.migrate.adopt.OldTools;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.exec.EarlyLock;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.InDoubt;
import dev.strata.migrate.exec.Interruption;
import dev.strata.migrate.exec.MigrateOptions;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.migrate.exec.Migrator;
import dev.strata.migrate.exec.SetResult;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.report.History;
import dev.strata.report.erd.ErdPage;
import dev.strata.declare.Drift;
import dev.strata.down.DownPlan;
import dev.strata.down.DownRun;
import dev.strata.down.DownTarget;
import dev.strata.migrate.exec.TxMode;
import dev.strata.schema.Realm;
import dev.strata.url.DatabaseUrl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Strata's Java API: Atlas-compatible versioned migrations in one call.
 *
 * <pre>{@code
 * ApplyResult result = Strata.builder()
 *     .url("postgres://app@db:5432/app?sslmode=disable")   // or .dataSource(dataSource)
 *     .location("classpath:db/migrations")                 // or .dir(Path.of("migrations"))
 *     .build()
 *     .apply();
 * }</pre>
 *
 * <p>A {@code Strata} is immutable and may be shared. Each operation opens its own connection (or
 * takes one from the {@link DataSource}) and closes it before it returns. Failures are
 * {@link StrataException}s whose message is one line naming what is at fault (a file, a line, a
 * setting) and never holds a database password; {@link UsageException} marks the ones a run could not
 * start from.
 *
 * <p>The types the operations return live beside the engine: {@link ApplyResult},
 * {@link StatusResult}, {@link SetResult}, the events {@link dev.strata.migrate.exec.ApplyEvent} a
 * {@link MigrationListener} receives, and the settings {@link ExecOrder} and {@link TxMode}.
 */
public final class Strata {

    private final Database database;
    private final MigrationDir dir;
    private final MigrateSettings settings;
    private final MigrationListener listener;
    private final SchemaOps schema;
    private final Interruption interruption;

    private Strata(Builder b) {
        this.database = new Database(b.url, b.dataSource, b.connectAhead);
        this.schema = new SchemaOps(database, b.devUrl, new Scope(b.schemas, b.exclude, java.util.Map.of()));
        this.dir = b.dir;
        this.settings = new MigrateSettings(b.revisionsSchema, b.execOrder, b.txMode, b.baseline, b.allowDirty,
                b.lockTimeout, b.dryRun, b.lockName, operator(), b.ddlLockTimeout, b.ddlRetries, b.verifyApplied);
        this.listener = b.listener;
        this.interruption = b.interruption;
    }

    /** Starts the configuration of a {@code Strata}. */
    public static Builder builder() {
        return new Builder();
    }

    /** What the revisions rows name as their writer, such as {@code Strata v0.1.0}. */
    public static String operator() {
        return "Strata v" + Version.current();
    }

    /**
     * Applies every pending file, as {@code strata migrate apply} does: under the migration lock, each
     * file in its transaction (by default), recording each in the revisions table.
     *
     * @return what ran; {@link ApplyResult#nothingPending()} when the database was up to date
     * @throws dev.strata.migrate.exec.ApplyException when a file fails; it carries the result so far
     * @throws dev.strata.migrate.ChecksumException   when the directory does not match its atlas.sum
     * @throws StrataException                        for any other failure (connection, lock, history)
     */
    public ApplyResult apply() {
        return apply(0);
    }

    /**
     * Applies at most {@code amount} pending files; 0 applies them all.
     *
     * @throws UsageException                         when {@code amount} is negative
     * @throws dev.strata.migrate.exec.ApplyException when a file fails; it carries the result so far
     * @throws StrataException                        for any other failure, as {@link #apply()}
     */
    public ApplyResult apply(int amount) {
        if (amount < 0) {
            throw new UsageException("cannot apply '" + amount + "' migration files");
        }
        return apply(amount, null);
    }

    /**
     * Applies the pending files up to and including {@code version}, as {@code strata migrate apply
     * --to-version}; files after it stay pending.
     *
     * @throws UsageException                         when no file of the directory has that version
     * @throws dev.strata.migrate.exec.ApplyException when a file fails; it carries the result so far
     * @throws StrataException                        for any other failure, as {@link #apply()}
     */
    public ApplyResult applyTo(String version) {
        Objects.requireNonNull(version);
        return apply(0, version);
    }

    /**
     * Takes the lock and reads the revisions on the connection's thread while the directory is
     * checked, when the lock is free at once; the apply takes them itself otherwise.
     */
    private ApplyResult apply(int amount, String toVersion) {
        return database.withSession(requireDir(), session -> EarlyLock.tryTake(session, settings),
                (session, checked, early) -> new Migrator(session, checked, settings, interruption, early)
                        .apply(amount, toVersion, listener));
    }

    /**
     * Where the database stands against the directory, as {@code strata migrate status}: the current
     * and next version and the pending files. Takes no lock and changes nothing.
     *
     * @throws StrataException when the directory is not valid or the database cannot be read
     */
    public StatusResult status() {
        return withSession((session, checked) -> new Migrator(session, checked, settings).status());
    }

    /**
     * Repairs the revisions table by hand, as {@code strata migrate set}: rows after {@code version}
     * are removed, files up to it are marked applied; nothing is executed.
     *
     * @param version the version to set, or null for the last file of the directory
     * @throws StrataException when the version is not in the directory or the table cannot be written
     */
    public SetResult set(String version) {
        return withSession((session, checked) -> new Migrator(session, checked, settings).set(version));
    }

    /**
     * Takes over a database another tool migrated: records the files of the (imported) directory
     * that tool applied as resolved revisions, so that {@link #apply()} runs only the rest. Honours
     * the revisions schema, lock timeout and dry run of this instance.
     *
     * @param tool         flyway, liquibase, golang-migrate, goose or dbmate
     * @param historyTable the tool's history table ({@code name} or {@code schema.name}), or null for its default
     * @throws dev.strata.migrate.adopt.AdoptRefusedException listing failed or unknown applied migrations
     */
    public AdoptResult adopt(String tool, String historyTable) {
        OldTools.check(tool);
        return withSession((session, checked) -> new Adopter(session, checked, new AdoptSettings(tool, historyTable,
                settings.revisionsSchema(), settings.lockTimeout(), settings.dryRun(), settings.operator())).adopt());
    }

    /**
     * Settles a statement left in doubt by a run that died while it ran, after a look at the database.
     *
     * @return a sentence naming the file and statement settled
     * @throws StrataException when no statement is in doubt
     */
    public String resolveInDoubt(InDoubt resolution) {
        return withSession((session, checked) -> new Migrator(session, checked, settings).resolveInDoubt(resolution));
    }

    /**
     * Checks the directory without touching the database: its {@code atlas.sum} matches the files and
     * versions are unique.
     *
     * @throws dev.strata.migrate.ChecksumException when a file was added, edited or removed, or atlas.sum
     *                                              is missing
     * @throws StrataException                      when two files share a version
     */
    public void validate() {
        CheckedDir.of(requireDir());
    }

    /**
     * Rewrites {@code atlas.sum} from the files, as {@code strata migrate hash}: only a directory on disk
     * can be written.
     *
     * @return the sum written
     * @throws UsageException for a classpath location or any other read-only directory
     */
    public SumFile hash() {
        requireDir();
        if (dir instanceof ClasspathDir) {
            throw new UsageException("cannot write atlas.sum into " + dir.location() + ": a classpath location is"
                    + " read-only (hash the source folder, such as src/main/resources/db/migrations, before packaging)");
        }
        if (!(dir instanceof LocalDir local)) {
            throw new UsageException("cannot write atlas.sum into " + dir.location() + ": not a directory on disk");
        }
        return local.writeSum();
    }

    /** The migration directory. */
    /**
     * Where this database stands against the directory, for {@code strata migrate report}: a history
     * with this database as its one target, named {@code name}. Reads the revisions table only: no lock,
     * no change; a database that cannot be read is a target with its error, not an exception.
     *
     * @param name how the pages name this database (an environment or tenant)
     * @param url  the database as the pages show it (redacted by the caller when it is a URL)
     */
    public History report(String name, String url) {
        requireDir();
        try {
            return withSession((session, checked) -> History.of(dir, session.dialect().scanOptions(), List.of(
                    new History.Target(name, url, null, new Migrator(session, checked, settings).status().applied()))));
        } catch (StrataException e) {
            return History.of(dir, java.util.Set.of(), List.of(History.Target.unreachable(name, url, e.getMessage())));
        }
    }

    public MigrationDir dir() {
        return dir;
    }

    /**
     * The database's schema, as {@code strata schema inspect} reads it: the schema the URL binds, else
     * every user schema (limited by {@link Builder#schemas}, less {@link Builder#exclude}).
     *
     * @throws StrataException when the database cannot be read
     */
    public Realm inspect() {
        return schema.inspect();
    }

    /**
     * The changes from one state to another, as {@code strata schema diff}: each a database URL, or
     * {@code file://} HCL or SQL schema files or a migration directory, read on the {@link Builder#devUrl}.
     * Plan them with {@link #plan(String)}, or read {@link SchemaDiff#changes()}.
     */
    public SchemaDiff diff(String from, String to) {
        return schema.diff(from, to);
    }

    /** The statements that bring this database to the desired state {@code to}; empty when it is there. */
    public DdlPlan plan(String to) {
        return schema.plan(to);
    }

    /**
     * Brings this database to the desired state {@code to}, as {@code strata schema apply
     * --auto-approve}: in one transaction where the database allows.
     *
     * @param allowDestructive whether changes that may lose data (drops, narrowing types) may run
     * @return what ran; empty when the database was at the desired state
     * @throws StrataException naming the destructive changes refused, or the change that failed
     */
    public DdlPlan applySchema(String to, boolean allowDestructive) {
        return schema.applySchema(to, allowDestructive);
    }

    /** The database's schema as one self-contained HTML page (the ERD of {@code schema inspect --format html}). */
    public String erd() {
        return ErdPage.render(inspect());
    }

    /**
     * Whether the database still is what the migration directory gives at the version its revisions
     * table records, as {@code strata schema drift}: needs a URL, a directory on disk and a
     * {@link Builder#devUrl}. Changes nothing.
     */
    public Drift.Result drift() {
        return schema.drift(requireDir(), settings.revisionsSchema());
    }

    /**
     * Takes the database back to an earlier version, as {@code strata migrate down}: the directory is
     * replayed on the {@link Builder#devUrl} up to the target, and the statements from the database's
     * schema to that one run after a data-loss check (in one transaction where the database allows),
     * with the undone revisions removed. With {@link Builder#dryRun} only the plan is made.
     *
     * @param target        how many versions, or down to which version
     * @param allowDataLoss run even when a statement would lose rows (else refused, naming them)
     * @param force         run even when a reverted file changed data only (else refused)
     * @return the plan, with the data each change would lose
     */
    public DownPlan down(DownTarget target, boolean allowDataLoss, boolean force) {
        return schema.down(requireDir(), target, new DownRun.Options(allowDataLoss, force, settings.revisionsSchema(),
                settings.lockTimeout()), settings.dryRun());
    }

    /**
     * Lints the new files of the directory, as {@code strata migrate lint}: they are replayed statement
     * by statement on the {@link Builder#devUrl} after the files before them, and every analyzer of its
     * dialect looks at the changes (docs/lint.md). Changes nothing but the dev database.
     *
     * @param which  the new files: {@link NewFiles#latest(int)} or {@link NewFiles#gitBase(String)}
     * @param config the project file's analyzer settings, or {@link LintConfig#DEFAULT}
     */
    public LintReport lint(NewFiles which, LintConfig config) {
        return Lint.run(schema.devUrl(), requireDir(), which, config);
    }

    private <T> T withSession(BiFunction<Session, CheckedDir, T> operation) {
        return database.withSession(requireDir(), operation);
    }

    private MigrationDir requireDir() {
        if (dir == null) {
            throw new UsageException("no migration directory: set location(...) or dir(...)");
        }
        return dir;
    }

    /**
     * Configures a {@link Strata}. The database (a URL or a {@link DataSource}) and the migration
     * directory are required; every other setting has Atlas's default.
     */
    public static final class Builder {
        private DatabaseUrl url;
        private DataSource dataSource;
        private MigrationDir dir;
        private String revisionsSchema;
        private ExecOrder execOrder = ExecOrder.LINEAR;
        private TxMode txMode = TxMode.FILE;
        private String baseline;
        private boolean allowDirty;
        private Duration lockTimeout = MigrateSettings.DEFAULT_LOCK_TIMEOUT;
        private boolean dryRun;
        private String lockName = MigrateSettings.ATLAS_LOCK;
        private MigrationListener listener = MigrationListener.NONE;
        private Interruption interruption = new Interruption();
        private Duration ddlLockTimeout;
        private int ddlRetries;
        private boolean verifyApplied;
        private ConnectAhead connectAhead;
        private DatabaseUrl devUrl;
        private List<String> schemas = List.of();
        private List<String> exclude = List.of();

        private Builder() {
        }

        /**
         * The dev database the declarative operations read schema files and replay migrations on: a
         * scratch database Strata empties, {@code sqlite://dev?mode=memory}, or {@code embedded://postgres}.
         */
        public Builder devUrl(String url) {
            this.devUrl = url == null ? null : DatabaseUrl.parse(url);
            return this;
        }

        /** The schemas the declarative operations read, when the URL binds none ({@code --schema}). */
        public Builder schemas(List<String> names) {
            this.schemas = List.copyOf(names);
            return this;
        }

        /** What the declarative operations leave out: Atlas's {@code --exclude} globs. */
        public Builder exclude(List<String> patterns) {
            this.exclude = List.copyOf(patterns);
            return this;
        }

        /**
         * How long a migration statement may wait for a lock the application holds (PostgreSQL
         * {@code lock_timeout}, MySQL {@code lock_wait_timeout}) before it gives up, instead of
         * queueing every query of the application behind it. A file can set its own with a header
         * directive {@code -- strata:lock_timeout 2s}.
         */
        public Builder ddlLockTimeout(Duration timeout) {
            this.ddlLockTimeout = timeout;
            return this;
        }

        /**
         * Whether {@code apply} first compares the hash the revisions table stored for each applied
         * file with the file's hash in atlas.sum now, and refuses to run when an applied file was
         * edited since it ran ({@code migrate apply --verify-applied}; Flyway's validate-on-migrate).
         * Off by default, as in Atlas.
         */
        public Builder verifyApplied(boolean verify) {
            this.verifyApplied = verify;
            return this;
        }

        /** How many times a statement that gave up waiting for a lock is tried again. */
        public Builder ddlRetries(int retries) {
            this.ddlRetries = retries;
            return this;
        }

        /**
         * Every setting the options give; the others keep what they were. Merge several sources
         * first, the stronger over the weaker ({@link MigrateOptions#over}).
         */
        public Builder settings(MigrateOptions o) {
            revisionsSchema = o.revisionsSchema() != null ? o.revisionsSchema() : revisionsSchema;
            baseline = o.baseline() != null ? o.baseline() : baseline;
            execOrder = o.execOrder() != null ? o.execOrder() : execOrder;
            txMode = o.txMode() != null ? o.txMode() : txMode;
            lockTimeout = o.lockTimeout() != null ? o.lockTimeout() : lockTimeout;
            ddlLockTimeout = o.ddlLockTimeout() != null ? o.ddlLockTimeout() : ddlLockTimeout;
            ddlRetries = o.ddlRetries() != null ? o.ddlRetries() : ddlRetries;
            return this;
        }

        /**
         * The database, as a URL: {@code postgres://user:pass@host:5432/db?sslmode=disable},
         * {@code mysql://user:pass@host:3306/db}, {@code sqlite://file.db}, or a JDBC URL such as
         * {@code jdbc:postgresql://host:5432/db?user=app}. Replaces a DataSource.
         *
         * @throws UsageException when the URL is malformed
         */
        public Builder url(String url) {
            return url(DatabaseUrl.parse(url));
        }

        /** The database, as a parsed URL. Replaces a DataSource. */
        public Builder url(DatabaseUrl url) {
            this.url = Objects.requireNonNull(url);
            this.dataSource = null;
            return this;
        }

        /**
         * A connection started for the URL before this was built ({@link ConnectAhead#start}): the
         * first operation on the same URL takes it over instead of opening its own. Null: none.
         */
        public Builder connectAhead(ConnectAhead ahead) {
            this.connectAhead = ahead;
            return this;
        }

        /**
         * The database, as a {@link DataSource}: a connection is taken for each operation and closed
         * (returned to its pool) after. The database kind is read from the connection. Replaces a URL.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource);
            this.url = null;
            return this;
        }

        /**
         * The migration directory, as a location: a folder path, {@code file:folder},
         * {@code file://folder} (Atlas's form), or {@code classpath:db/migrations} for migrations packed
         * with the application (also inside a jar, or a jar nested in a Spring Boot executable jar). A
         * classpath location is searched with the thread's context class loader, else Strata's.
         *
         * @throws UsageException when the location is malformed or the directory does not exist
         * @see #location(String, ClassLoader)
         */
        public Builder location(String location) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return location(location, loader != null ? loader : Strata.class.getClassLoader());
        }

        /**
         * The migration directory, as a location (see {@link #location(String)}), with the class loader
         * a {@code classpath:} location is searched in.
         *
         * @throws UsageException when the location is malformed or the directory does not exist
         */
        public Builder location(String location, ClassLoader loader) {
            this.dir = MigrationLocation.open(location, Objects.requireNonNull(loader));
            return this;
        }

        /**
         * The migration directory, as a folder on disk.
         *
         * @throws UsageException when it does not exist or is not a directory
         */
        public Builder dir(Path dir) {
            this.dir = LocalDir.open(dir, dir.toString());
            return this;
        }

        /** The migration directory, as any {@link MigrationDir}. */
        public Builder dir(MigrationDir dir) {
            this.dir = Objects.requireNonNull(dir);
            return this;
        }

        /**
         * The schema of the revisions table. Default: the schema the URL binds (PostgreSQL
         * {@code search_path}, the MySQL database; a DataSource's current schema), else
         * {@code atlas_schema_revisions}. SQLite has only {@code main}.
         */
        public Builder revisionsSchema(String schema) {
            this.revisionsSchema = schema;
            return this;
        }

        /** What to do with files added before the last applied one (default {@link ExecOrder#LINEAR}: refuse). */
        public Builder execOrder(ExecOrder order) {
            this.execOrder = Objects.requireNonNull(order);
            return this;
        }

        /** How files are wrapped in transactions (default {@link TxMode#FILE}: one per file). */
        public Builder txMode(TxMode mode) {
            this.txMode = Objects.requireNonNull(mode);
            return this;
        }

        /**
         * On a first run against a database that is not empty: take the files up to this version as
         * applied. Null for none. Excludes {@link #allowDirty(boolean)}.
         */
        public Builder baseline(String version) {
            this.baseline = version;
            return this;
        }

        /** On a first run: allow a database that is not empty, and apply everything (default false). */
        public Builder allowDirty(boolean allowDirty) {
            this.allowDirty = allowDirty;
            return this;
        }

        /** How long to wait for another run's lock before failing (default 10 seconds). */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Report what would run and change nothing, not even the revisions table (default false). */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * The migration lock's name. The default is Atlas's, so Strata and Atlas exclude each other;
         * change it only to let independent directories migrate one database at the same time.
         */
        public Builder lockName(String name) {
            this.lockName = Objects.requireNonNull(name);
            return this;
        }

        /** Receives the events of {@code apply} as they happen (default: none). */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        /**
         * The handle that stops a running {@code apply} from another thread, such as a shutdown hook:
         * its statement is cancelled (or, a MySQL DDL statement, let finish), what its transaction
         * holds rolled back, what is committed recorded, and the lock released (default: a handle
         * nobody holds, so nothing interrupts).
         */
        public Builder interruption(Interruption interruption) {
            this.interruption = Objects.requireNonNull(interruption);
            return this;
        }

        /**
         * Builds the {@code Strata}. Nothing is read or connected to until an operation runs.
         *
         * A migration directory is needed by the migration operations only: they refuse to run without one.
         *
         * @throws UsageException for an exclude pattern that is not a valid glob
         */
        public Strata build() {
            return new Strata(this);
        }
    }
}
