package dev.strata.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement scanner on arbitrary text and options: it either splits or throws its one
 * documented exception, never hangs, and splitting is idempotent — the statements, which end with
 * their delimiter, concatenated again split into the same statements.
 */
class ScannerFuzzTest {

    private static final ScanOption[] OPTIONS = ScanOption.values();

    @FuzzTest(maxDuration = "15s")
    void splitsOrReportsAndIsIdempotent(FuzzedDataProvider data) {
        Set<ScanOption> options = EnumSet.noneOf(ScanOption.class);
        int mask = data.consumeInt();
        for (ScanOption o : OPTIONS) {
            if ((mask & (1 << o.ordinal())) != 0) {
                options.add(o);
            }
        }
        String input = data.consumeRemainingAsString();
        List<Statement> first;
        try {
            first = Scanner.scan(input, options);
        } catch (ScanException e) {
            return;
        }
        if (options.contains(ScanOption.GO_COMMAND) || options.contains(ScanOption.BEGIN_END_TERMINATOR)
                || options.contains(ScanOption.BEGIN_TRY_CATCH)
                || input.toLowerCase(Locale.ROOT).contains("delimiter")) {
            // The delimiter is not ';', or a T-SQL batch or block rule (kept only for Atlas's vectors;
            // no Strata dialect uses them) rewrites the statement ends: the texts do not carry them.
            return;
        }
        List<String> texts = first.stream().map(Statement::text).toList();
        String joined = String.join("", texts);
        List<String> again;
        try {
            again = Scanner.scan(joined, options).stream().map(Statement::text).toList();
        } catch (ScanException e) {
            throw new AssertionError("re-splitting " + texts + " failed: " + e.getMessage(), e);
        }
        assertThat(again).as("re-split of %s", texts).isEqualTo(texts);
    }
}
