package dev.strata.spring;

import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.TxMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The {@code strata.*} properties: how the application migrates its database at start-up. */
@ConfigurationProperties("strata")
public class StrataProperties {

    /** Whether to apply pending migrations at start-up. */
    private boolean enabled = true;

    /**
     * A database to migrate instead of the application's DataSource, as spring.flyway.url: a JDBC URL
     * (jdbc:postgresql://db:5432/app) or Atlas's form (postgres://db:5432/app).
     */
    private String url;

    /** The user for strata.url, when the URL does not hold it. */
    private String user;

    /** The password for strata.url, when the URL does not hold it. */
    private String password;

    /**
     * The migration directory: classpath:db/migrations (the default, packed with the application), or
     * a folder on disk (file:migrations, /srv/migrations). One directory: its atlas.sum covers it whole.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** The schema of the atlas_schema_revisions table (default: the connection's schema, else atlas_schema_revisions). */
    private String revisionsSchema;

    /** On a first run against a database that is not empty: the version up to which files count as applied. */
    private String baseline;

    /** On a first run: allow a database that is not empty, and apply everything. */
    private boolean allowDirty;

    /** How files are wrapped in transactions: file, all or none. */
    private TxMode txMode = TxMode.FILE;

    /** Files added before the last applied one: linear (refuse), linear-skip (skip them) or non-linear (run them). */
    private ExecOrder execOrder = ExecOrder.LINEAR;

    /** How long to wait for another instance's migration lock. */
    private Duration lockTimeout = Duration.ofSeconds(10);

    /** Log the statements that would run and change nothing. */
    private boolean dryRun;

    /**
     * Refuse to start when a file applied before was edited since it ran (and atlas.sum re-hashed), before
     * anything runs: Flyway's validate-on-migrate.
     */
    private boolean verifyApplied;

    /** @return whether to migrate at start-up */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether to migrate at start-up */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the URL of the database to migrate instead of the DataSource, or null */
    public String getUrl() {
        return url;
    }

    /** @param url the URL of the database to migrate instead of the DataSource */
    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the user for strata.url, or null */
    public String getUser() {
        return user;
    }

    /** @param user the user for strata.url */
    public void setUser(String user) {
        this.user = user;
    }

    /** @return the password for strata.url, or null */
    public String getPassword() {
        return password;
    }

    /** @param password the password for strata.url */
    public void setPassword(String password) {
        this.password = password;
    }

    /** @return the migration directory, as a one-element list */
    public List<String> getLocations() {
        return locations;
    }

    /** @param locations the migration directory, as a one-element list */
    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    /** @return the schema of the revisions table, or null for the default */
    public String getRevisionsSchema() {
        return revisionsSchema;
    }

    /** @param revisionsSchema the schema of the revisions table */
    public void setRevisionsSchema(String revisionsSchema) {
        this.revisionsSchema = revisionsSchema;
    }

    /** @return the baseline version, or null */
    public String getBaseline() {
        return baseline;
    }

    /** @param baseline the baseline version */
    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    /** @return whether a first run may start on a database that is not empty */
    public boolean isAllowDirty() {
        return allowDirty;
    }

    /** @param allowDirty whether a first run may start on a database that is not empty */
    public void setAllowDirty(boolean allowDirty) {
        this.allowDirty = allowDirty;
    }

    /** @return the transaction mode */
    public TxMode getTxMode() {
        return txMode;
    }

    /** @param txMode the transaction mode */
    public void setTxMode(TxMode txMode) {
        this.txMode = txMode;
    }

    /** @return the execution order */
    public ExecOrder getExecOrder() {
        return execOrder;
    }

    /** @param execOrder the execution order */
    public void setExecOrder(ExecOrder execOrder) {
        this.execOrder = execOrder;
    }

    /** @return how long to wait for the migration lock */
    public Duration getLockTimeout() {
        return lockTimeout;
    }

    /** @param lockTimeout how long to wait for the migration lock */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** @return whether to change nothing */
    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun whether to change nothing */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** @return whether an applied file edited since it ran stops the start */
    public boolean isVerifyApplied() {
        return verifyApplied;
    }

    /** @param verifyApplied whether an applied file edited since it ran stops the start */
    public void setVerifyApplied(boolean verifyApplied) {
        this.verifyApplied = verifyApplied;
    }
}
