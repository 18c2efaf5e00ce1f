package dev.strata.maven;

import dev.strata.declare.Declarative;
import dev.strata.declare.MigrationDiff;
import dev.strata.declare.Scope;
import dev.strata.declare.Source;
import dev.strata.migrate.LocalDir;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.url.DatabaseUrl;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the next migration file from the project's schema files, as {@code strata migrate diff}:
 * the directory is replayed on the dev database, compared with the schema files (SQL, such as the DDL
 * an ORM generates from the entities, or Atlas HCL), and the statements between them are written to
 * {@code <UTC yyyyMMddHHmmss>_<name>.sql} with atlas.sum updated. Nothing is written when the
 * directory already gives that schema.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends DirMojo {

    /** The description part of the file name, such as {@code add_users}. */
    @Parameter(property = "strata.name")
    String name;

    /**
     * The desired schema: paths relative to the project or {@code file://} URLs of SQL or HCL schema
     * files, a folder of them, or a database URL; comma-separated on the command line.
     */
    @Parameter(property = "strata.to", defaultValue = "src/main/resources/db/schema.sql")
    List<String> to = new ArrayList<>();

    /**
     * The dev database, emptied before and after: {@code sqlite://dev?mode=memory}, a scratch database
     * of your server, or {@code embedded://postgres} with {@code strata-devdb} on the plugin's class path.
     */
    @Parameter(property = "strata.devUrl")
    String devUrl;

    @Override
    void override(UserProperties properties) {
        super.override(properties);
        name = properties.string("strata.name", name);
        devUrl = properties.string("strata.devUrl", devUrl);
        String t = properties.string("strata.to", null);
        if (t != null) {
            to = List.of(t.split(","));
        }
    }

    @Override
    void run(MavenOutput out) {
        LocalDir.checkMigrationName(name);
        requireDevUrl(devUrl);
        Source desired = Source.parse("strata.to", to.stream().map(this::url).toList(), DatabaseUrl::parse);
        LocalDir dir = openOrCreateDir();
        try (Declarative d = Declarative.open(DatabaseUrl.parse(devUrl))) {
            Optional<String> file = new MigrationDiff(name, "", null, DiffOptions.defaults()).write(d, dir, desired, Scope.ALL, Instant.now());
            out.info(file.map(f -> "Strata: created " + dirName() + "/" + f)
                    .orElse("Strata: " + dirName() + " is synced with the desired state, no changes to be made"));
        }
    }

    /** A path, or a {@code file://} URL relative to the project, as an absolute {@code file://} URL. */
    private String url(String s) {
        String v = s.strip();
        if (v.contains("://") && !v.startsWith("file://")) {
            return v;
        }
        Path p = Path.of(v.startsWith("file://") ? v.substring("file://".length()) : v);
        return "file://" + (p.isAbsolute() ? p : basedir.toPath().resolve(p).normalize());
    }
}
