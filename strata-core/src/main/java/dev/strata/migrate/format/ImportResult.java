package dev.strata.migrate.format;

import java.util.List;

/**
 * What {@code migrate import} did.
 *
 * @param format   the source format
 * @param imported the files written, in the tool's order
 * @param leftOut  the source files not carried over, with why
 * @param warnings things the user must know before running the directory
 */
public record ImportResult(String format, List<Imported> imported, List<LeftOut> leftOut, List<String> warnings) {

    public ImportResult {
        imported = List.copyOf(imported);
        leftOut = List.copyOf(leftOut);
        warnings = List.copyOf(warnings);
    }

    /**
     * One written file.
     *
     * @param source        the source file, relative to the source directory
     * @param target        the name written
     * @param statements    how many statements it holds
     * @param kind          what the tool did with the source file
     * @param noTransaction whether it was written with {@code atlas:txmode none}
     */
    public record Imported(String source, String target, int statements, SourceFile.Kind kind, boolean noTransaction) {
    }
}
