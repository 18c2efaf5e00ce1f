package dev.strata.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.strata.migrate.ChecksumException;
import dev.strata.migrate.SumFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The atlas.sum parser on arbitrary bytes: a sum file or a ChecksumException, and a parsed file round-trips. */
class SumFileFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void parsesOrReports(byte[] content) {
        SumFile parsed;
        try {
            parsed = SumFile.parse(content, "atlas.sum");
        } catch (ChecksumException e) {
            return;
        }
        assertThat(SumFile.parse(parsed.toBytes(), "atlas.sum").entries()).isEqualTo(parsed.entries());
    }
}
