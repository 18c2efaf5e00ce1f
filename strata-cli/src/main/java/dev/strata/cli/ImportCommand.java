package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.format.ImportResult;
import dev.strata.migrate.format.Importer;
import dev.strata.migrate.format.LeftOut;
import dev.strata.migrate.format.SourceFile;
import dev.strata.migrate.format.SourceFormats;
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
        var format = SourceFormats.named(source.format());
        DirUrl target = DirUrl.parse(to);
        if (!target.format().equals("atlas")) {
            throw new UsageException("--to " + to + ": Strata writes Atlas-format directories, drop the ?format=");
        }
        ImportResult result = new Importer(format, source.path(), padVersions).run(target.path(),
                target.path().toString());
        if (result.imported().isEmpty()) {
            cli.term().print("nothing to import");
            return;
        }
        cli.term().print(text(result, source.path().toString(), target.path().toString()));
    }

    private String text(ImportResult r, String from, String to) {
        Terminal t = cli.term();
        StringBuilder b = new StringBuilder("Imported ").append(count(r.imported().size(), r.format() + " migration"))
                .append(" from ").append(from).append(" into ").append(to).append(":\n\n");
        for (ImportResult.Imported f : r.imported()) {
            b.append("  ").append(f.source()).append(" -> ").append(t.cyan(f.target())).append(" (");
            if (f.kind() == SourceFile.Kind.BASELINE) {
                b.append("baseline, ");
            } else if (f.kind() == SourceFile.Kind.REPEATABLE) {
                b.append("repeatable, runs once in Strata, ");
            }
            if (f.noTransaction()) {
                b.append("outside a transaction, ");
            }
            b.append(count(f.statements(), "statement")).append(")\n");
        }
        if (!r.leftOut().isEmpty()) {
            b.append("\nLeft out ").append(count(r.leftOut().size(), "file")).append(":\n\n");
            for (LeftOut l : r.leftOut()) {
                b.append("  ").append(l.name()).append(": ").append(l.reason()).append('\n');
            }
        }
        b.append('\n');
        for (String w : r.warnings()) {
            b.append(t.yellow("Warning: ")).append(w).append('\n');
        }
        return b.append("Wrote ").append(to).append('/').append(SumFile.FILE_NAME).append(".\n").toString();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
