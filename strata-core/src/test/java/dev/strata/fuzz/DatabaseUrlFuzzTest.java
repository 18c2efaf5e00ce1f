package dev.strata.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.strata.UsageException;
import dev.strata.dialect.Dialects;
import dev.strata.url.DatabaseUrl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL parser on arbitrary text: a URL or a UsageException; the redacted form never shows the
 * password in the user-info part, and it parses again to the same host and path.
 */
class DatabaseUrlFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void parsesOrReports(String text) {
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(text);
        } catch (UsageException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        String redacted = url.redacted();
        if (url.password() != null && !url.password().isEmpty() && !url.scheme().startsWith("sqlite")) {
            String authority = redacted.substring(redacted.indexOf("://") + 3);
            for (char cut : new char[] {'#', '?', '/'}) {
                int i = authority.indexOf(cut);
                authority = i < 0 ? authority : authority.substring(0, i);
            }
            int at = authority.lastIndexOf('@');
            assertThat(at).isNotNegative();
            assertThat(authority.substring(0, at)).endsWith(":xxxxx");
        }
        DatabaseUrl again = DatabaseUrl.parse(redacted);
        assertThat(again.host()).isEqualTo(url.host());
        assertThat(again.path()).isEqualTo(url.path());
        try {
            Dialects.forUrl(url);
        } catch (UsageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
