package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.migrate.adopt.OldTools;
import dev.strata.report.AdoptReport;
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
        cli.term().print(AdoptReport.text(strata.adopt(from, historyTable), cli.term()));
    }
}
