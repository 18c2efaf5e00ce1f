package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.migrate.SumFile;
import org.apache.maven.plugins.annotations.Mojo;

/** Rewrites atlas.sum from the migration files as they are, as {@code strata migrate hash}. */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends DirMojo {

    @Override
    void run(MavenOutput out) {
        SumFile sum = Strata.builder().dir(openDir()).build().hash();
        out.info("Strata: wrote " + dirName() + "/" + SumFile.FILE_NAME + " (" + sum.entries().size() + " files)");
    }
}
