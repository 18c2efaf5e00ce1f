package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.lint.LintConfig;
import dev.strata.lint.LintReport;
import dev.strata.lint.NewFiles;
import dev.strata.report.LintText;
import dev.strata.report.Style;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the new migration files, as {@code strata migrate lint}: they are replayed statement by
 * statement on the dev database and the analyzers report destructive, data-dependent,
 * backward-incompatible and locking changes (docs/lint.md). The report goes to the log; an
 * error-level diagnostic (a destructive change by default) fails the build.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends DirMojo {

    /** The dev database, emptied before and after: {@code sqlite://dev?mode=memory}, a scratch database, or {@code embedded://postgres}. */
    @Parameter(property = "strata.devUrl")
    String devUrl;

    /** Lint the last N files ({@code --latest}). */
    @Parameter(property = "strata.latest")
    Integer latest;

    /** Lint the files added since this git branch ({@code --git-base}), git run in the project folder. */
    @Parameter(property = "strata.gitBase")
    String gitBase;

    @Override
    void override(UserProperties properties) {
        super.override(properties);
        devUrl = properties.string("strata.devUrl", devUrl);
        gitBase = properties.string("strata.gitBase", gitBase);
        if (properties.has("strata.latest")) {
            latest = properties.number("strata.latest", 0);
        }
    }

    @Override
    void run(MavenOutput out) {
        requireDevUrl(devUrl);
        boolean byGit = gitBase != null && !gitBase.isBlank();
        if (latest != null && byGit) {
            throw new UsageException("strata.latest and strata.gitBase are mutually exclusive");
        }
        if (latest == null && !byGit) {
            throw new UsageException("strata.latest or strata.gitBase is required");
        }
        out.parseUrl(devUrl);
        NewFiles which = byGit ? NewFiles.gitBase(gitBase, basedir.toPath()) : NewFiles.latest(latest);
        LintReport report = Strata.builder().dir(openDir()).devUrl(devUrl).build().lint(which, LintConfig.DEFAULT);
        out.print(LintText.of(report.result(), Style.PLAIN));
        out.flush();
        if (report.hasErrors()) {
            long errors = report.findings().stream().filter(LintReport.Finding::error).count();
            throw new StrataException("lint: " + errors + (errors == 1 ? " error-level finding" : " error-level findings")
                    + " in " + dirName() + " (see the report above; docs/lint.md says how to write each safely)");
        }
        if (report.result().files().isEmpty()) {
            out.info("Strata: no new migration files to lint in " + dirName());
        }
    }
}
