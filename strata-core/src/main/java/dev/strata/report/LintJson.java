package dev.strata.report;

import dev.strata.lint.Diagnostic;
import dev.strata.lint.FileResult;
import dev.strata.lint.LintResult;
import dev.strata.lint.Report;

/**
 * Atlas's {@code migrate lint --format '{{ json . }}'} document, the shape of {@code lint-json/}:
 * {@code Env}, {@code Steps} and {@code Files[{Name, Text, Reports[{Text, Diagnostics[{Pos, Text, Code,
 * SuggestedFixes}]}], Error}]}. {@code Pos} is Atlas's byte offset of the statement; Strata adds
 * {@code Line}.
 */
public final class LintJson {

    private LintJson() {
    }

    /** @param driver the dev database's dialect, @param dir the directory URL */
    public static String of(LintResult r, String driver, String dir) {
        Json j = new Json().open().openObject("Env").field("Driver", driver).field("Dir", dir).close();
        j.openArray("Steps");
        j.open().field("Name", "Detect New Migration Files").field("Text", "Found " + r.newFiles()
                + " new migration files").close();
        for (FileResult f : r.files()) {
            j.open().field("Name", "Analyze " + f.file().name()).field("Text", f.diagnostics() + " reports were found in analysis");
            if (f.error() != null) {
                j.field("Error", true);
            }
            j.close();
        }
        j.closeArray().openArray("Files");
        for (FileResult f : r.files()) {
            j.open().field("Name", f.file().name()).field("Text", f.file().text());
            if (!f.reports().isEmpty()) {
                j.openArray("Reports");
                for (Report rep : f.reports()) {
                    j.open().field("Text", rep.heading()).openArray("Diagnostics");
                    for (Diagnostic d : rep.diagnostics()) {
                        j.open().field("Pos", offset(f, d.line())).field("Line", d.line()).field("Text", d.text())
                                .field("Code", d.code());
                        if (!d.fixes().isEmpty()) {
                            j.openArray("SuggestedFixes");
                            for (String fix : d.fixes()) {
                                j.open().field("Message", fix).close();
                            }
                            j.closeArray();
                        }
                        j.close();
                    }
                    j.closeArray().close();
                }
                j.closeArray();
            }
            j.fieldOmitEmpty("Error", f.error() == null ? "" : f.error()).close();
        }
        return j.closeArray().close() + "\n";
    }

    /** The byte offset of the start of a line of the file. */
    private static long offset(FileResult f, int line) {
        byte[] bytes = f.file().bytes();
        int l = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (l == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                l++;
            }
        }
        return 0;
    }
}
