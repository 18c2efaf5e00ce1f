package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.format.ImportResult;
import dev.strata.migrate.format.Importer;
import dev.strata.migrate.format.SourceFormats;
import dev.strata.report.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata migrate import}: converts another tool's migration directory into Strata's layout. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a migration directory of flyway, liquibase, golang-migrate, goose or dbmate.",
            "Writes the up part of each migration in Strata's layout, and atlas.sum; the report names every file"
                    + " left out (down and undo files, Java migrations, XML changelogs...) and why.",
            "Example:%n  strata migrate import --from 'file://db/migration?format=flyway' \\%n"
                    + "      --to file://migrations"})
final class ImportCommand implements Runnable {

    private final Cli cli;

    @Option(names = "--from", paramLabel = "URL", defaultValue = DirUrl.DEFAULT,
            description = "The directory to import, with its tool in ?format= (flyway, liquibase, golang-migrate,"
                    + " goose, dbmate) (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "URL", defaultValue = DirUrl.DEFAULT,
            description = "The Strata directory to write; created when missing, must hold no migration file"
                    + " (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--dir-format", paramLabel = "FORMAT",
            description = "The tool of --from when its URL has no ?format=.")
    String dirFormat;

    @Option(names = "--pad-versions",
            description = "Write numeric versions zero-padded to 14 digits (V3__x.sql -> 00000000000003_x.sql),"
                    + " so Strata's name order keeps the tool's order and new files sort after the imported ones.")
    boolean padVersions;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        String fromUrl = from;
        if (dirFormat != null && !dirFormat.isEmpty() && !fromUrl.contains("format=")) {
            fromUrl = fromUrl + (fromUrl.contains("?") ? "&" : "?") + "format=" + dirFormat;
        }
        DirUrl source = DirUrl.parse(fromUrl);
        SourceFormats.check(source.format());
        DirUrl target = DirUrl.parse(to);
        if (!target.format().equals("atlas")) {
            throw new UsageException("--to " + to + ": Strata writes Atlas-format directories, drop the ?format=");
        }
        ImportResult result = Importer.of(source.format(), source.path(), padVersions).run(target.path(),
                target.path().toString());
        cli.term().print(ImportReport.text(result, source.path().toString(), target.path().toString(),
                cli.term()));
    }
}
