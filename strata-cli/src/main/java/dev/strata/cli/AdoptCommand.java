package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.migrate.adopt.AdoptResult;
import dev.strata.migrate.adopt.AdoptedFile;
import dev.strata.migrate.adopt.OldTools;
import dev.strata.text.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata migrate adopt}: takes over a database another tool migrated. */
@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = {"Take over a database that flyway, liquibase, golang-migrate, goose or dbmate migrated.",
            "Reads the tool's history table and records every file of the (imported) directory it applied in"
                    + " atlas_schema_revisions, so the next 'migrate apply' runs only the rest. Refuses, listing"
                    + " them, failed or half-applied entries and applied migrations with no file, and a revisions"
                    + " table that already has rows. Writes nothing with --dry-run.",
            "Example:%n  strata migrate adopt --url \"$DATABASE_URL\" --from flyway --dir file://migrations"})
final class AdoptCommand implements Runnable {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--from", paramLabel = "TOOL", required = true,
            description = "The tool that migrated the database: flyway, liquibase, golang-migrate, goose or dbmate.")
    String from;

    @Option(names = "--history-table", paramLabel = "TABLE",
            description = "The tool's history table, TABLE or SCHEMA.TABLE, when not its default"
                    + " (flyway_schema_history, DATABASECHANGELOG, schema_migrations, goose_db_version) in the"
                    + " URL's schema.")
    String historyTable;

    @Option(names = "--dry-run", description = "Print the revisions that would be written; write nothing.")
    boolean dryRun;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "How long to wait for a running 'migrate apply' (default: ${DEFAULT-VALUE}).")
    String lockTimeout;

    AdoptCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        OldTools.check(from);
        var timeout = ApplyCommand.duration("--lock-timeout", lockTimeout);
        var local = dir.url().open();
        Strata strata = Strata.builder().url(db.resolve(cli)).dir(local).revisionsSchema(db.revisionsSchema)
                .lockTimeout(timeout).dryRun(dryRun).build();
        cli.term().print(text(strata.adopt(from, historyTable)));
    }

    private String text(AdoptResult r) {
        Terminal t = cli.term();
        StringBuilder b = new StringBuilder(r.dryRun() ? "Would adopt" : "Adopted").append(" the ").append(r.tool())
                .append(" history of ").append(r.historyTable()).append(":\n\n");
        int width = r.adopted().stream().mapToInt(a -> a.file().length()).max().orElse(0);
        for (AdoptedFile a : r.adopted()) {
            b.append("  ").append(t.green("+")).append(' ').append(a.file())
                    .append(" ".repeat(width - a.file().length())).append("  ").append(a.source());
            if (a.executedAt() != null) {
                b.append(", applied ").append(a.executedAt());
            }
            if (!a.executionTime().isZero()) {
                b.append(" in ").append(Durations.format(a.executionTime()));
            }
            b.append('\n');
        }
        if (r.adopted().isEmpty()) {
            b.append("  (").append(r.tool()).append(" applied none of the files: the next 'strata migrate apply' is a"
                    + " first run, which needs --allow-dirty on a database that holds tables, ")
                    .append(r.historyTable()).append(" included)\n");
        }
        b.append('\n');
        for (String note : r.notes()) {
            b.append("Note: ").append(note).append('\n');
        }
        b.append(r.dryRun() ? "Dry run: would record " : "Recorded ")
                .append(ImportCommand.count(r.adopted().size(), "file")).append(" as applied in ")
                .append(r.revisionsTable()).append(r.dryRun() ? "; nothing was written.\n" : ".\n");
        if (r.pending().isEmpty()) {
            b.append("No file is pending: the next 'strata migrate apply' has nothing to run.\n");
        } else {
            b.append(ImportCommand.count(r.pending().size(), "file")).append(" pending, for the next 'strata migrate"
                    + " apply': ").append(String.join(", ", r.pending())).append('\n');
        }
        if (!r.outOfOrder().isEmpty()) {
            b.append(t.yellow("Warning: ")).append(String.join(", ", r.outOfOrder())).append(r.outOfOrder().size() == 1
                    ? " was" : " were").append(" not applied by ").append(r.tool()).append(" but sort")
                    .append(r.outOfOrder().size() == 1 ? "s" : "").append(" before files it applied: 'migrate apply'"
                    + " refuses such files as out of order (--exec-order non-linear runs them), and never runs"
                    + " one that sorts before every recorded file\n");
        }
        return b.toString();
    }

}
