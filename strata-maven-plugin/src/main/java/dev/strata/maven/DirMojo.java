package dev.strata.maven;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.ChecksumException;
import dev.strata.migrate.ClasspathDir;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import dev.strata.report.ChecksumReport;
import dev.strata.report.Style;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What every goal shares: the migration directory, and how a Strata failure fails the build. A
 * failure of the work (a checksum, a statement, a lock) is a build failure with Strata's message; a
 * setting Strata cannot use is a build error.
 */
abstract class DirMojo extends AbstractMojo {

    /** The goal that rewrites atlas.sum, as the checksum report names it. */
    static final String HASH_GOAL = "mvn strata:hash";

    /**
     * The migration directory: a path relative to the project ({@code src/main/resources/db/migrations},
     * the folder a {@code classpath:db/migrations} location is packed from), an absolute path, or an
     * Atlas URL such as {@code file://migrations}.
     */
    @Parameter(property = "strata.dir", defaultValue = "src/main/resources/db/migrations")
    String dir;

    /** Skips the goal. */
    @Parameter(property = "strata.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The command line's {@code -D} properties, which win over the POM's configuration. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    Properties userProperties;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        MavenOutput out = new MavenOutput(getLog());
        try {
            override(new UserProperties(userProperties));
            if (skip) {
                getLog().info("Strata: skipped (strata.skip)");
                return;
            }
            run(out);
        } catch (ChecksumException e) {
            out.error(ChecksumReport.text(e, Style.PLAIN, HASH_GOAL).stripTrailing());
            throw failure(out, e);
        } catch (UsageException e) {
            out.debug(e);
            throw new MojoExecutionException(out.scrub(e.getMessage()));
        } catch (StrataException e) {
            throw failure(out, e);
        } finally {
            out.flush();
        }
    }

    private static MojoFailureException failure(MavenOutput out, StrataException e) {
        out.debug(e);
        return new MojoFailureException(out.scrub(e.getMessage()));
    }

    /** Takes the settings the command line's {@code -Dstrata.*} properties give, over the POM's. */
    void override(UserProperties properties) {
        dir = properties.string("strata.dir", dir);
        skip = properties.flag("strata.skip", skip);
    }

    /** Does the goal's work; Strata's exceptions fail the build. */
    abstract void run(MavenOutput out);

    /** The goals that replay files on a dev database need one named. */
    static void requireDevUrl(String devUrl) {
        if (devUrl == null || devUrl.isBlank()) {
            throw new UsageException("strata.devUrl is not set: name a dev database, such as sqlite://dev?mode=memory"
                    + " or embedded://postgres");
        }
    }

    /** The directory on disk, which must exist. */
    LocalDir openDir() {
        return LocalDir.open(dirPath(), dirName());
    }

    /** The directory on disk, created when missing. */
    LocalDir openOrCreateDir() {
        return LocalDir.create(dirPath(), dirName());
    }

    private Path dirPath() {
        String s = dir == null ? "" : dir.strip();
        if (s.isEmpty()) {
            throw new UsageException("strata.dir is empty: name the migration directory");
        }
        if (s.startsWith(ClasspathDir.PREFIX)) {
            throw new UsageException("strata.dir " + s + ": the Maven plugin works on the source folder, such as"
                    + " src/main/resources/" + s.substring(ClasspathDir.PREFIX.length()) + ", not on the class path");
        }
        Path p;
        if (s.contains("://")) {
            p = DirUrl.parse(s).path();
        } else if (s.startsWith("file:")) {
            p = Path.of(s.substring("file:".length()));
        } else {
            p = Path.of(s);
        }
        return p.isAbsolute() ? p : basedir.toPath().resolve(p).normalize();
    }

    /** The directory as messages name it: relative to the project when it is inside it. */
    String dirName() {
        Path p = dirPath();
        Path base = basedir.toPath().normalize();
        return p.startsWith(base) && !p.equals(base) ? base.relativize(p).toString() : p.toString();
    }
}
