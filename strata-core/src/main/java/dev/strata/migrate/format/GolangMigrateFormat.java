package dev.strata.migrate.format;

import dev.strata.migrate.lex.ScanException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** golang-migrate: {@code <version>_<name>.up.sql} and {@code .down.sql} pairs at the top level. */
final class GolangMigrateFormat implements SourceFormat {

    private static final String UP = ".up.sql";

    @Override
    public String name() {
        return "golang-migrate";
    }

    @Override
    public Listing list(Path dir) {
        List<SourceFile> migrations = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (String name : SourceDir.topLevel(dir)) {
            if (name.endsWith(UP)) {
                String description = SourceDir.description(name);
                if (description.endsWith(".up")) {
                    description = description.substring(0, description.length() - ".up".length());
                }
                migrations.add(new SourceFile(name, SourceDir.read(dir, name), SourceDir.version(name), description,
                        SourceFile.Kind.VERSIONED));
            } else if (name.endsWith(".down.sql")) {
                leftOut.add(new LeftOut(name, "down migration (Strata runs no down migrations)"));
            } else if (SourceDir.worthNaming(name)) {
                leftOut.add(new LeftOut(name, "not a golang-migrate up migration (*.up.sql)"));
            }
        }
        return new Listing(migrations, leftOut);
    }

    @Override
    public UpPart upPart(SourceFile file) throws ScanException {
        return new UpPart(SourceDir.statements(SourceDir.text(file)), false);
    }
}
