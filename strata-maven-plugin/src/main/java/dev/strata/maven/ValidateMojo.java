package dev.strata.maven;

import dev.strata.Strata;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the migration directory without a database: atlas.sum matches the files and versions are
 * unique. Bound to {@code verify} by default, so a directory edited or extended without
 * {@code mvn strata:hash} fails the build with Strata's message.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends DirMojo {

    @Override
    void run(MavenOutput out) {
        Strata strata = Strata.builder().dir(openDir()).build();
        strata.validate();
        out.info("Strata: " + dirName() + " is valid (" + strata.dir().files().size()
                + " migration files match atlas.sum)");
    }
}
