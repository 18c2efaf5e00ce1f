package dev.strata.cli;

import dev.strata.config.EnvConfig;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.exec.EditedFiles;
import dev.strata.migrate.exec.MigrateOptions;
import dev.strata.migrate.exec.MissingFiles;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.report.StatusJson;
import dev.strata.report.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code strata migrate status}: where the database stands against the directory. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the current version, the next one and the pending files. Takes no lock, changes nothing.")
final class StatusCommand implements java.util.concurrent.Callable<Integer> {

    private final Cli cli;

    @Mixin
    TargetOptions target;

    @Mixin
    OutputFormat format;

    @Mixin
    FleetOptions fleet;

    StatusCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        format.json();
        List<EnvConfig> instances = fleet.select(target.instances(), cli.env());
        return Fleet.run(cli, instances, fleet, List.of("CURRENT", "NEXT", "PENDING"), (env, term) -> {
            boolean json = format.json(env == null ? null : env.formats().get("status"));
            TargetOptions.Target t = target.resolve(cli, term, env, MigrateOptions.NONE);
            StatusResult s = t.strata().build().status();
            EditedFiles.first(CheckedDir.of(t.dir()), s.applied()).ifPresent(edited -> term.notice("strata: applied"
                    + " file " + edited + " was edited after it ran: the hash the revisions table stored differs from"
                    + " atlas.sum's (add a new file instead: the change never reaches a database that already ran it;"
                    + " later files cannot be checked, as atlas.sum's hashes chain)"));
            if (!s.missing().isEmpty()) {
                term.notice("strata: " + MissingFiles.notice(s.missing(), s.available(), t.dir().location()));
            }
            term.print(json ? StatusJson.of(t.url(), t.dirUrl().url(), s) + "\n" : StatusReport.text(s, term));
            return List.of(StatusReport.current(s), s.next().orElse("-"),
                    Integer.toString(s.pending().size() + s.outOfOrder().size()));
        });
    }
}
