package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.devdb.DevDatabase;
import dev.strata.lint.LintConfig;
import dev.strata.lint.LintResult;
import dev.strata.lint.LintRunner;
import dev.strata.lint.Selection;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.report.LintGithub;
import dev.strata.report.LintJson;
import dev.strata.report.LintText;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
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
            description = "text (default), json ('{{ json . }}' too) or github (workflow annotations).")
    String format;

    LintCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (latest != null && gitBase != null) {
            throw new UsageException("--latest and --git-base are mutually exclusive");
        }
        if (latest == null && gitBase == null) {
            throw new UsageException("--latest or --git-base is required");
        }
        String kind = kind(format);
        EnvConfig env = SchemaEnv.single(project);
        Terminal term = cli.term();
        String devFlag = SchemaEnv.value(devUrl, env == null ? null : env.dev(), env, "--dev-url");
        if (devFlag == null) {
            throw new UsageException("required flag(s) \"dev-url\" not set");
        }
        DatabaseUrl dev = term.parseUrl(devFlag);
        DirUrl d = dir.url(env);
        LocalDir local = DirOptions.open(d, term);
        List<MigrationFile> files = local.files();
        MigrationDir.requireUniqueVersions(files);
        if (local.sumFile().isPresent()) {
            local.verify(files);
        }
        int firstNew = latest != null ? Selection.latest(files, latest)
                : Selection.gitBase(files, local.path(), gitDir == null ? null : Path.of(gitDir), gitBase);
        LintResult r;
        try (DevDatabase db = DevDatabase.open(dev)) {
            r = LintRunner.of(db, LintConfig.DEFAULT).run(files, firstNew);
            term.print(switch (kind) {
                case "json" -> LintJson.of(r, db.session().dialect().name(), d.url());
                case "github" -> LintGithub.of(r, local.path().toString());
                default -> LintText.of(r, term);
            });
        }
        return r.hasError() ? 1 : 0;
    }

    private static String kind(String format) {
        if (format == null || format.isEmpty() || format.equals("text")) {
            return "text";
        }
        String f = format.replace(" ", "");
        if (f.equals("json") || f.equals("{{json.}}")) {
            return "json";
        }
        if (f.equals("github")) {
            return "github";
        }
        throw new UsageException("--format: unknown format \"" + format + "\" (text, json or github)");
    }
}
