package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.devdb.DevDatabase;
import dev.strata.lint.LintConfig;
import dev.strata.lint.LintRunner;
import dev.strata.migrate.DirUrl;
import dev.strata.report.History;
import dev.strata.report.HistoryPages;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code strata migrate report}: the migration history site. Reads each database's revisions table
 * (no lock, no change) and writes the pages; a database that cannot be read is shown as such and
 * named on stderr, and the report is still written (it is how one finds out).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a static site (index.html, one page per database, history.json) showing which"
                + " migration files each database has applied, when, how long each took, and what failed.",
                "Databases: each --url; else every instance of --env; else every env of the project file with a url."})
final class ReportCommand implements java.util.concurrent.Callable<Integer> {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "A database to report on; repeat for several.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--revisions-schema", paramLabel = "SCHEMA",
            description = "The schema of the atlas_schema_revisions table.")
    String revisionsSchema;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the site into.")
    Path out;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "A dev database to replay the directory on: each file then shows the schema changes it"
                    + " makes and the lint findings on it.")
    String devUrl;

    ReportCommand(Cli cli) {
        this.cli = cli;
    }

    /** A database to report on and its name on the pages. */
    private record Target(String name, DatabaseUrl url, EnvConfig env) {
    }

    @Override
    public Integer call() {
        Terminal term = cli.term();
        List<Target> targets = new ArrayList<>();
        for (String u : urls) {
            DatabaseUrl url = term.parseUrl(u);
            targets.add(new Target(url.redacted(), url, null));
        }
        if (targets.isEmpty()) {
            for (EnvConfig env : project.everyInstance()) {
                targets.add(new Target(env.label(), term.parseUrl(env.url()), env));
            }
        }
        if (targets.isEmpty()) {
            throw new UsageException("no database to report on: pass --url (repeatable), or --env, or run beside a"
                    + " project file whose envs have a url");
        }
        DirUrl dirUrl = dir.url(targets.get(0).env());
        History history = null;
        for (Target t : targets) {
            History one = Strata.builder().url(t.url()).dir(dir.url(t.env()).open())
                    .revisionsSchema(revisionsSchema).build().report(t.name(), t.url().redacted());
            History.Target read = one.targets().get(0);
            if (read.error() != null) {
                term.notice("strata: " + t.name() + ": the revisions could not be read: " + read.error());
            }
            history = history == null ? one : history.with(one.targets());
        }
        if (devUrl != null) {
            try (DevDatabase dev = DevDatabase.open(term.parseUrl(devUrl))) {
                history = history.withReplay(LintRunner.of(dev, LintConfig.DEFAULT)
                        .run(dir.url(targets.get(0).env()).open().files(), 0));
            }
        }
        try {
            List<Path> written = HistoryPages.write(history, out);
            term.println("Wrote " + written.size() + " files to " + out + " (" + history.targets().size()
                    + (history.targets().size() == 1 ? " database, " : " databases, ") + history.files().size()
                    + " migration files from " + dirUrl.url() + ")");
        } catch (IOException e) {
            throw new dev.strata.StrataException("cannot write the report to " + out + ": " + e.getMessage());
        }
        return 0;
    }
}
