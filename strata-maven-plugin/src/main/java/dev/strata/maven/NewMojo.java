package dev.strata.maven;

import dev.strata.migrate.LocalDir;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Instant;

/**
 * Creates an empty migration file {@code <UTC yyyyMMddHHmmss>_<name>.sql} and updates atlas.sum, as
 * {@code strata migrate new}. The directory is created when missing, and validated first.
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends DirMojo {

    /** The description part of the file name, such as {@code add_users}. */
    @Parameter(property = "strata.name")
    String name;

    @Override
    void override(UserProperties properties) {
        super.override(properties);
        name = properties.string("strata.name", name);
    }

    @Override
    void run(MavenOutput out) {
        LocalDir.checkMigrationName(name);
        String file = openOrCreateDir().newMigration(name, Instant.now());
        out.info("Strata: created " + dirName() + "/" + file);
    }
}
