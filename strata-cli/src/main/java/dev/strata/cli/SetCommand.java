package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.migrate.exec.InDoubt;
import dev.strata.migrate.exec.MigrateOptions;
import dev.strata.migrate.exec.SetResult;
import dev.strata.report.SetReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code strata migrate set [version]}: repair the revisions table by hand. */
@Command(name = "set", mixinStandardHelpOptions = true,
        // The command list shows the first line alone: it must be a whole sentence.
        description = {"Set the current version of the revisions table without running anything.",
            "Rows after VERSION are removed, files up to it are marked applied.",
            "With --in-doubt, settle a statement a killed run left in doubt."})
final class SetCommand implements java.util.concurrent.Callable<Integer> {

    private final Cli cli;

    @Mixin
    TargetOptions target;

    @Option(names = "--in-doubt", paramLabel = "OUTCOME",
            description = "Settle the statement in doubt: done (it took effect) or not-done (it did not).")
    String inDoubt;

    @Parameters(arity = "0..*", paramLabel = "VERSION", description = "The version to set.")
    List<String> args = new ArrayList<>();

    SetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (args.size() > 1) {
            throw new UsageException("accepts 1 arg(s), received " + args.size());
        }
        InDoubt resolution = null;
        if (inDoubt != null) {
            resolution = switch (inDoubt) {
                case "done" -> InDoubt.DONE;
                case "not-done" -> InDoubt.NOT_DONE;
                default -> throw new UsageException("invalid value for --in-doubt: \"" + inDoubt
                        + "\" (expected done or not-done)");
            };
            if (!args.isEmpty()) {
                throw new UsageException("--in-doubt takes no version argument");
            }
        }
        InDoubt settle = resolution;
        return Fleet.run(cli, target.instances(), new FleetOptions(), List.of("CURRENT"), (env, term) -> {
            Strata strata = target.resolve(cli, term, env, MigrateOptions.NONE).strata().build();
            if (settle != null) {
                term.println(strata.resolveInDoubt(settle));
                return List.of("-");
            }
            SetResult r = strata.set(args.isEmpty() ? null : args.get(0));
            term.print(SetReport.text(r, term));
            return List.of(r.current().isEmpty() ? "-" : r.current());
        });
    }
}
