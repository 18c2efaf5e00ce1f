package dev.strata;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.adopt.AdoptResult;
import dev.strata.migrate.adopt.AdoptSettings;
import dev.strata.migrate.adopt.Adopter;
import dev.strata.migrate.adopt.OldTools;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.migrate.exec.Migrator;
import dev.strata.migrate.exec.SetResult;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.migrate.exec.TxMode;
import dev.strata.url.DatabaseUrl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Strata's Java API: Atlas-compatible versioned migrations in one call.
 *
 * <pre>{@code
 * Strata.builder()
 *     .url("postgres://app@db:5432/app?sslmode=disable")
 *     .dir(Path.of("migrations"))
 *     .build()
 *     .apply();
 * }</pre>
 *
 * Each operation opens its own connection (or takes one from the {@link DataSource}) and closes it.
 */
public final class Strata {

    private final DatabaseUrl url;
    private final DataSource dataSource;
    private final MigrationDir dir;
    private final MigrateSettings settings;
    private final MigrationListener listener;

    private Strata(Builder b) {
        this.url = b.url;
        this.dataSource = b.dataSource;
        this.dir = b.dir;
        this.settings = new MigrateSettings(b.revisionsSchema, b.execOrder, b.txMode, b.baseline, b.allowDirty,
                b.lockTimeout, b.dryRun, b.lockName, operator());
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What the revisions rows name as their writer. */
    public static String operator() {
        return "Strata v" + Version.current();
    }

    /** Applies every pending file. */
    public ApplyResult apply() {
        return apply(0);
    }

    /**
     * Applies at most {@code amount} pending files.
     *
     * @throws dev.strata.migrate.exec.ApplyException when a file fails; it carries the result so far
     */
    public ApplyResult apply(int amount) {
        if (amount < 0) {
            throw new UsageException("cannot apply '" + amount + "' migration files");
        }
        CheckedDir checked = CheckedDir.of(dir);
        try (Session session = open()) {
            return new Migrator(session, checked, settings).apply(amount, listener);
        }
    }

    /** Where the database stands against the directory. */
    public StatusResult status() {
        CheckedDir checked = CheckedDir.of(dir);
        try (Session session = open()) {
            return new Migrator(session, checked, settings).status();
        }
    }

    /** Repairs the revisions table: see {@link Migrator#set(String)}. */
    public SetResult set(String version) {
        CheckedDir checked = CheckedDir.of(dir);
        try (Session session = open()) {
            return new Migrator(session, checked, settings).set(version);
        }
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
        CheckedDir checked = CheckedDir.of(dir);
        try (Session session = open()) {
            return new Adopter(session, checked, new AdoptSettings(tool, historyTable, settings.revisionsSchema(),
                    settings.lockTimeout(), settings.dryRun(), settings.operator())).adopt();
        }
    }

    /** Settles a statement left in doubt by a run that died while it ran. */
    public String resolveInDoubt(Migrator.InDoubt resolution) {
        CheckedDir checked = CheckedDir.of(dir);
        try (Session session = open()) {
            return new Migrator(session, checked, settings).resolveInDoubt(resolution);
        }
    }

    /**
     * Checks the directory: its {@code atlas.sum} matches the files and versions are unique.
     *
     * @throws dev.strata.migrate.ChecksumException when a file was added, edited or removed
     */
    public void validate() {
        CheckedDir.of(dir);
    }

    /** Rewrites {@code atlas.sum} from the files (a directory on disk only). */
    public SumFile hash() {
        if (!(dir instanceof LocalDir local)) {
            throw new UsageException("cannot write atlas.sum into " + dir.location() + ": not a directory on disk");
        }
        return local.writeSum();
    }

    /** The migration directory. */
    public MigrationDir dir() {
        return dir;
    }

    private Session open() {
        if (url != null) {
            return Dialects.forUrl(url).open(url);
        }
        if (dataSource == null) {
            throw new UsageException("no database: set a URL or a DataSource");
        }
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StrataException("cannot get a connection from the DataSource: " + e.getMessage(), e);
        }
        Dialect dialect = Dialects.forConnection(c);
        return dialect.attach(c);
    }

    /** Configures a {@link Strata}. Every setting but the database and the directory is optional. */
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

        private Builder() {
        }

        /** The database, as a URL: {@code postgres://...}, {@code mysql://...}, {@code sqlite://file.db}. */
        public Builder url(String url) {
            return url(DatabaseUrl.parse(url));
        }

        public Builder url(DatabaseUrl url) {
            this.url = url;
            this.dataSource = null;
            return this;
        }

        /** The database, as a {@link DataSource}: a connection is taken for each operation and closed after. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource);
            this.url = null;
            return this;
        }

        /** The migration directory on disk. */
        public Builder dir(Path dir) {
            this.dir = LocalDir.open(dir, dir.toString());
            return this;
        }

        public Builder dir(MigrationDir dir) {
            this.dir = Objects.requireNonNull(dir);
            return this;
        }

        /** The schema of the revisions table (default: the one the URL binds, else atlas_schema_revisions). */
        public Builder revisionsSchema(String schema) {
            this.revisionsSchema = schema;
            return this;
        }

        public Builder execOrder(ExecOrder order) {
            this.execOrder = Objects.requireNonNull(order);
            return this;
        }

        public Builder txMode(TxMode mode) {
            this.txMode = Objects.requireNonNull(mode);
            return this;
        }

        /** On a first run against a database that is not empty: take files up to this version as applied. */
        public Builder baseline(String version) {
            this.baseline = version;
            return this;
        }

        /** On a first run: allow a database that is not empty, and apply everything. */
        public Builder allowDirty(boolean allowDirty) {
            this.allowDirty = allowDirty;
            return this;
        }

        /** How long to wait for another run's lock (default 10 seconds). */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Report what would run; change nothing. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** The migration lock's name; the default is Atlas's, so Strata and Atlas exclude each other. */
        public Builder lockName(String name) {
            this.lockName = Objects.requireNonNull(name);
            return this;
        }

        /** Receives the events of {@code apply} as they happen. */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        public Strata build() {
            if (dir == null) {
                throw new UsageException("no migration directory: set dir(...)");
            }
            return new Strata(this);
        }
    }
}
