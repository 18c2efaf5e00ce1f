package dev.strata.cli;

import dev.strata.Durations;
import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.dialect.Dialects;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.exec.ApplyException;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.migrate.exec.TxMode;
import dev.strata.report.ApplyReport;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code strata migrate apply [amount]}: the release command. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Apply pending migration files to the database.",
            "Exit code 0 when the database is at the latest version (also when there was nothing to do),",
            "1 when the run failed, 2 when the command could not start."})
final class ApplyCommand implements Runnable {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    DatabaseOptions db;

    @Mixin
    OutputFormat format;

    @Option(names = "--dry-run", description = "Print the statements that would run; change nothing.")
    boolean dryRun;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "How long to wait for another run's lock, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
    String lockTimeout;

    @Option(names = "--baseline", paramLabel = "VERSION",
            description = "On a first run against a database that is not empty: the version up to which files"
                    + " are taken as applied.")
    String baseline;

    @Option(names = "--tx-mode", paramLabel = "MODE", defaultValue = "file",
            description = "Transactions: file (one per file), all (one for the run) or none (default: ${DEFAULT-VALUE}).")
    String txMode;

    @Option(names = "--exec-order", paramLabel = "ORDER", defaultValue = "linear",
            description = "Files added out of order: linear (refuse), linear-skip (skip them) or non-linear (run"
                    + " them) (default: ${DEFAULT-VALUE}).")
    String execOrder;

    @Option(names = "--allow-dirty", description = "On a first run, allow a database that is not empty.")
    boolean allowDirty;

    @Parameters(arity = "0..*", paramLabel = "AMOUNT", description = "Apply at most this many files.")
    List<String> args = new ArrayList<>();

    ApplyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        int amount = amount(args);
        boolean json = format.json();
        Duration timeout = duration("--lock-timeout", lockTimeout);
        TxMode mode = TxMode.parse(txMode);
        ExecOrder order = ExecOrder.parse(execOrder);
        DirUrl dirUrl = dir.url();
        LocalDir local = dirUrl.open();
        DatabaseUrl url = db.resolve(cli);
        ApplyReport report = new ApplyReport(cli.term(), cli.term()::print, cli.term()::notice);
        Strata strata = Strata.builder().url(url).dir(local).revisionsSchema(db.revisionsSchema).txMode(mode)
                .execOrder(order).baseline(baseline).allowDirty(allowDirty).lockTimeout(timeout).dryRun(dryRun)
                .listener(json ? MigrationListener.NONE : report).build();
        try {
            render(report, json, url, dirUrl, strata.apply(amount));
        } catch (ApplyException e) {
            render(report, json, url, dirUrl, e.result());
            throw e;
        }
    }

    private void render(ApplyReport report, boolean json, DatabaseUrl url, DirUrl dirUrl, ApplyResult result) {
        if (json) {
            cli.term().println(json(url, dirUrl, result));
        } else {
            report.summary(result);
        }
    }

    /** Atlas's amount argument: at most one positive integer. */
    static int amount(List<String> args) {
        if (args.size() > 1) {
            throw new UsageException("accepts at most 1 arg(s), received " + args.size());
        }
        if (args.isEmpty()) {
            return 0;
        }
        String a = args.get(0);
        int n;
        try {
            n = Integer.parseInt(a);
        } catch (NumberFormatException e) {
            throw new UsageException("invalid amount argument \"" + a
                    + "\" (invalid syntax). Omit the argument or pass a valid integer instead");
        }
        if (n < 1) {
            throw new UsageException("cannot apply '" + n + "' migration files");
        }
        return n;
    }

    static Duration duration(String flag, String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid value for " + flag + ": " + e.getMessage());
        }
    }

    /** The document Atlas prints for {@code --format '{{ json . }}'}. */
    static String json(DatabaseUrl url, DirUrl dirUrl, ApplyResult r) {
        var dialect = Dialects.forUrl(url);
        Json j = new Json().open()
                .field("Driver", dialect.name())
                .raw("URL", UrlJson.of(url, dialect.boundSchema(url).orElse("")))
                .field("Dir", dirUrl.url());
        if (!r.pending().isEmpty()) {
            j.openArray("Pending");
            for (MigrationFile f : r.pending()) {
                j.open().field("Name", f.name()).field("Version", f.version())
                        .fieldOmitEmpty("Description", f.description()).close();
            }
            j.closeArray();
        }
        if (!r.files().isEmpty()) {
            j.openArray("Applied");
            for (ApplyResult.FileResult f : r.files()) {
                j.open().field("Name", f.file().name()).field("Version", f.file().version())
                        .fieldOmitEmpty("Description", f.file().description())
                        .field("Start", f.start()).field("End", f.end())
                        .fieldOmitZero("Skipped", f.skipped());
                if (!f.statements().isEmpty()) {
                    j.strings("Applied", f.statements());
                }
                if (f.error() != null) {
                    j.openObject("Error").fieldOmitEmpty("Stmt", f.failedStatement()).field("Text", f.error()).close();
                }
                j.close();
            }
            j.closeArray();
        }
        j.fieldOmitEmpty("Current", r.current()).fieldOmitEmpty("Target", r.target())
                .field("Start", r.start()).field("End", r.end())
                .fieldOmitEmpty("Error", r.error());
        if (r.error() == null) {
            j.field("Message", r.files().isEmpty() ? "No migration files to execute"
                    : "Migrated to version " + r.target() + " from " + r.current() + " (" + r.pending().size()
                    + " migrations in total)");
        }
        return j.close().toString();
    }
}
