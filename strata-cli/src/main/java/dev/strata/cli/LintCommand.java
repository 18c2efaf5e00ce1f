package dev.strata.cli;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.config.LintBlock;
import dev.strata.lint.Analyzers;
import dev.strata.lint.Lint;
import dev.strata.lint.LintConfig;
import dev.strata.lint.LintReport;
import dev.strata.lint.LintResult;
import dev.strata.lint.NewFiles;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import dev.strata.report.LintGithub;
import dev.strata.report.LintJson;
import dev.strata.report.LintMarkdown;
import dev.strata.report.LintSarif;
import dev.strata.report.LintText;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

/**
 * {@code strata migrate lint}: replays the new migration files on the dev database and reports the
 * risky changes they make. Exits 1 when an error-level finding remains (destructive changes by default).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Lint new migration files: replay them statement by statement on the dev database and report"
                + " destructive, data-dependent, backward-incompatible and locking changes (docs/lint.md).",
                "Exit code 1 when an error-level diagnostic remains."})
final class LintCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Option(names = "--dev-url", paramLabel = "URL", description = "The dev database the files are replayed on.")
    String devUrl;

    @Option(names = "--latest", paramLabel = "N", description = "Lint the last N files.")
    Integer latest;

    @Option(names = "--git-base", paramLabel = "BRANCH",
            description = "Lint the files added since BRANCH (git diff --diff-filter=A BRANCH HEAD).")
    String gitBase;

    @Option(names = "--git-dir", paramLabel = "PATH", description = "The git repository (default: the current directory).")
    String gitDir;

    @Option(names = {"--format", "--log"}, paramLabel = "FORMAT",
            description = "text (default), json ('{{ json . }}' too), github (workflow annotations) or sarif"
                    + " (SARIF 2.1.0 for code scanning). With $GITHUB_STEP_SUMMARY set, a Markdown summary is"
                    + " appended to that file whatever the format.")
    String format;

    LintCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (latest != null && gitBase != null) {
            throw new UsageException("--latest and --git-base are mutually exclusive");
        }
        LintBlock block = project.lint();
        NewFiles which = newFiles(block);
        String kind = kind(format);
        EnvConfig env = SchemaEnv.single(project);
        Terminal term = cli.term();
        String devFlag = SchemaEnv.devUrl(devUrl, env);
        if (devFlag == null) {
            throw new UsageException("required flag(s) \"dev-url\" not set");
        }
        DatabaseUrl dev = term.parseUrl(devFlag);
        DirUrl d = dir.url(env);
        LocalDir local = DirOptions.open(d, term);
        for (String unknown : LintConfig.unknownAnalyzers(block)) {
            term.notice("strata: the lint block's \"" + unknown + "\" is not an analyzer of Strata's: its settings are"
                    + " ignored (analyzers: " + String.join(", ", Analyzers.NAMES) + ")");
        }
        LintReport report = Lint.run(dev, local, which, LintConfig.of(block));
        LintResult r = report.result();
        term.print(switch (kind) {
            case "json" -> LintJson.of(r, report.dialect(), d.url());
            case "github" -> LintGithub.of(r, local.path().toString());
            case "sarif" -> LintSarif.of(r, local.path().toString());
            default -> LintText.of(r, term);
        });
        stepSummary(r, local.path().toString());
        return r.hasError() ? 1 : 0;
    }

    /**
     * The flags' selection, else the project file's ({@code lint { latest = N }} or
     * {@code lint { git { base = "main" dir = "." } }}).
     */
    private NewFiles newFiles(LintBlock block) {
        if (latest != null) {
            return NewFiles.latest(latest);
        }
        if (gitBase != null) {
            return NewFiles.gitBase(gitBase, gitDir == null ? null : Path.of(gitDir));
        }
        if (block.latest() != null) {
            return NewFiles.latest(block.latest());
        }
        if (block.gitBase() != null) {
            String dirFlag = gitDir != null ? gitDir : block.gitDir();
            return NewFiles.gitBase(block.gitBase(), dirFlag == null ? null : Path.of(dirFlag));
        }
        throw new UsageException("--latest or --git-base is required");
    }

    /** On GitHub Actions, the Markdown summary goes to the job's page: appended, as GitHub expects. */
    private void stepSummary(LintResult r, String dirPath) {
        String summary = cli.env().get("GITHUB_STEP_SUMMARY");
        if (summary == null || summary.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(summary), LintMarkdown.of(r, dirPath), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StrataException("writing the step summary $GITHUB_STEP_SUMMARY (" + summary + "): " + e.getMessage(), e);
        }
    }

    private static String kind(String format) {
        if (format == null || format.isEmpty() || format.equals("text")) {
            return "text";
        }
        String f = format.replace(" ", "");
        if (f.equals("json") || f.equals("{{json.}}")) {
            return "json";
        }
        if (f.equals("github") || f.equals("sarif")) {
            return f;
        }
        throw new UsageException("--format: unknown format \"" + format + "\" (text, json, github or sarif)");
    }
}
