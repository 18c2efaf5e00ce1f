package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.config.EnvConfig;
import dev.strata.dialect.Dialects;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.report.StatusReport;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code strata migrate status}: where the database stands against the directory. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the current version, the next one and the pending files. Takes no lock, changes nothing.")
final class StatusCommand implements java.util.concurrent.Callable<Integer> {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    DatabaseOptions db;

    @Mixin
    OutputFormat format;

    @Mixin
    ProjectOptions project;

    @Mixin
    FleetOptions fleet;

    StatusCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        format.json();
        List<EnvConfig> instances = fleet.select(project.instances(), cli.env());
        return Fleet.run(cli, instances, fleet, List.of("CURRENT", "NEXT", "PENDING"), (env, term) -> {
            boolean json = format.json(env == null ? null : env.formats().get("status"));
            DirUrl dirUrl = dir.url(env);
            var local = dirUrl.open();
            DatabaseUrl url = db.resolve(cli, term, env);
            StatusResult s = Strata.builder().url(url).dir(local).revisionsSchema(db.revisionsSchema(env)).build()
                    .status();
            term.print(json ? json(url, dirUrl, s) + "\n" : StatusReport.text(s, term));
            return List.of(s.current(), s.next().isEmpty() ? "-" : s.next(),
                    Integer.toString(s.pending().size() + s.outOfOrder().size()));
        });
    }

    static String json(DatabaseUrl url, DirUrl dirUrl, StatusResult s) {
        var dialect = Dialects.forUrl(url);
        Json j = new Json().open().openObject("Env")
                .field("Driver", dialect.name())
                .raw("URL", UrlJson.of(url, dialect.boundSchema(url).orElse("")))
                .field("Dir", dirUrl.url())
                .close();
        files(j, "Available", s.available());
        files(j, "OutOfOrder", s.outOfOrder());
        files(j, "Pending", s.pending());
        if (!s.applied().isEmpty()) {
            j.openArray("Applied");
            for (Revision r : s.applied()) {
                j.open().field("Version", r.version()).field("Description", r.description())
                        .field("Type", r.typeName()).field("Applied", r.applied()).field("Total", r.total())
                        .field("ExecutedAt", r.executedAt()).field("ExecutionTime", r.executionTime().toNanos())
                        .fieldOmitEmpty("Error", r.error()).fieldOmitEmpty("ErrorStmt", r.errorStatement())
                        .field("OperatorVersion", r.operatorVersion()).close();
            }
            j.closeArray();
        }
        return j.fieldOmitEmpty("Current", s.current()).fieldOmitEmpty("Next", s.next())
                .fieldOmitZero("Count", s.count()).fieldOmitZero("Total", s.total())
                .fieldOmitEmpty("Status", s.status()).fieldOmitEmpty("Error", s.error())
                .fieldOmitEmpty("SQL", s.sql()).close().toString();
    }

    private static void files(Json j, String key, List<MigrationFile> files) {
        if (files.isEmpty()) {
            return;
        }
        j.openArray(key);
        for (MigrationFile f : files) {
            j.open().field("Name", f.name()).field("Version", f.version())
                    .fieldOmitEmpty("Description", f.description()).close();
        }
        j.closeArray();
    }
}
