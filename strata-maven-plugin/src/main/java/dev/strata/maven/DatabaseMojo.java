package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.text.Durations;
import dev.strata.url.DatabaseUrl;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Duration;
import java.util.Map;

/** What the goals that talk to a database share: its URL and the revisions table's schema. */
abstract class DatabaseMojo extends DirMojo {

    /** Read in this order when no URL is configured, as the command line does. */
    static final String[] ENV_VARIABLES = {"STRATA_URL", "DATABASE_URL"};

    /**
     * The database URL: {@code postgres://user:pass@host:5432/db?sslmode=disable},
     * {@code mysql://user:pass@host:3306/db}, {@code sqlite://target/app.db}, or a JDBC URL such as
     * {@code jdbc:postgresql://host:5432/db}. Without it, the environment's {@code STRATA_URL}, else
     * {@code DATABASE_URL}. The password is never logged.
     */
    @Parameter(property = "strata.url")
    String url;

    /** The user, for a URL that does not hold it (as Flyway's {@code user}). */
    @Parameter(property = "strata.user")
    String user;

    /** The password, for a URL that does not hold it (as Flyway's {@code password}); never logged. */
    @Parameter(property = "strata.password")
    String password;

    /** The schema of the atlas_schema_revisions table (default: the one the URL binds, else atlas_schema_revisions). */
    @Parameter(property = "strata.revisionsSchema")
    String revisionsSchema;

    /** How long to wait for another run's lock, such as {@code 30s} or {@code 2m}. */
    @Parameter(property = "strata.lockTimeout", defaultValue = "10s")
    String lockTimeout;

    /**
     * The report's format: {@code text}, Atlas's report (the default), or {@code json}, Atlas's
     * {@code {{ json . }}} document on one line.
     */
    @Parameter(property = "strata.format", defaultValue = "text")
    String format;

    /** The process environment; tests replace it. */
    Map<String, String> env = System.getenv();

    /** Where the URL came from, for the log: {@code -Dstrata.url}, the POM, or an environment variable. */
    private String urlSource;

    @Override
    void override(UserProperties properties) {
        super.override(properties);
        if (properties.has("strata.url")) {
            urlSource = "-Dstrata.url";
        }
        url = properties.string("strata.url", url);
        user = properties.string("strata.user", user);
        password = properties.string("strata.password", password);
        revisionsSchema = properties.string("strata.revisionsSchema", revisionsSchema);
        lockTimeout = properties.string("strata.lockTimeout", lockTimeout);
        format = properties.string("strata.format", format);
    }

    /** The database {@link #strata} resolved, for the JSON document. */
    DatabaseUrl database;

    /** A builder with the database, the directory and the shared settings, logging which ones. */
    Strata.Builder strata(MavenOutput out) {
        DatabaseUrl db = resolveUrl(out);
        if (password != null && !password.isEmpty()) {
            out.secret(password);
        }
        db = db.withCredentials(blankToNull(user), password);
        database = db;
        Duration timeout;
        try {
            timeout = Durations.parse(lockTimeout == null ? "10s" : lockTimeout);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid value for strata.lockTimeout: " + e.getMessage());
        }
        Strata.Builder b = Strata.builder().url(db).dir(openDir()).revisionsSchema(blankToNull(revisionsSchema))
                .lockTimeout(timeout);
        out.info("Strata: database " + db.redacted() + " (from " + urlSource + "), directory " + dirName());
        return b;
    }

    private DatabaseUrl resolveUrl(MavenOutput out) {
        if (url != null && !url.isBlank()) {
            if (urlSource == null) {
                urlSource = "the POM";
            }
            return out.parseUrl(url.strip());
        }
        for (String name : ENV_VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                urlSource = name;
                return out.parseUrl(value.strip());
            }
        }
        throw new UsageException("no database URL: set <url> in the plugin's configuration or -Dstrata.url=...,"
                + " or set STRATA_URL or DATABASE_URL");
    }

    /** Whether {@code strata.format} asks for JSON. */
    boolean json() {
        String f = format == null ? "text" : format.strip();
        if (!f.equals("text") && !f.equals("json")) {
            throw new UsageException("strata.format: \"" + f + "\" is not a format (text or json)");
        }
        return f.equals("json");
    }

    /** The directory as Atlas's JSON names it. */
    String dirUrl() {
        return "file://" + dirName();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
