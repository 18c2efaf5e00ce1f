package dev.strata.migrate.format;

import java.util.List;

/**
 * What a source directory holds for the import.
 *
 * @param migrations the migrations, in the order the tool runs them
 * @param leftOut    every other file, with the reason it is not imported
 */
record Listing(List<SourceFile> migrations, List<LeftOut> leftOut) {

    Listing {
        migrations = List.copyOf(migrations);
        leftOut = List.copyOf(leftOut);
    }
}
