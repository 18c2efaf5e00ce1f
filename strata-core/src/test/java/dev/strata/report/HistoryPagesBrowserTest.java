package dev.strata.report;

import dev.strata.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history site in a real headless Chromium, opened from disk with the network pointed at nothing:
 * what a person reads on the overview and on a database's page. A screenshot of the overview goes to
 * {@code target/history/} (and to {@code -Dstrata.history.screenshots=DIR}, the one in {@code docs/}).
 */
class HistoryPagesBrowserTest {

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewAndADatabasePageShowWhereEachDatabaseStands() throws Exception {
        Path site = tmp.resolve("site");
        HistoryPages.write(HistoryTest.threeDatabases(tmp), site);
        try (Chromium chromium = Chromium.launch()) {
            Chromium.Page page = chromium.newPage();
            Path index = site.resolve("index.html").toAbsolutePath();
            page.open(index, "document.readyState === 'complete'");
            assertThat(page.requests()).as("the page requests nothing but itself").containsExactly(index.toUri().toString());
            assertThat(page.errors()).isEmpty();

            List<String> targets = (List<String>) page.eval("[...document.querySelectorAll('#targets tr[data-target]')]"
                    + ".map(r => r.dataset.target + ': ' + r.querySelector('.current, .failed').innerText)");
            assertThat(targets.subList(0, 3)).containsExactly("prod: 3", "staging: 1", "dev: 2");
            assertThat(targets.get(3)).startsWith("gone: unreadable: ");
            assertThat((List<String>) page.eval("[...document.querySelectorAll('#ranking li')].map(l => l.innerText)"))
                    .containsExactly("prod is up to date with the furthest", "staging is 2 files behind prod",
                            "dev is 1 file behind prod");
            // The matrix: one row per file, one cell per database, as a person reads it.
            assertThat((List<String>) page.eval("[...document.querySelectorAll('#matrix tr[data-version]')]"
                    + ".map(r => [...r.cells].map(c => c.innerText).join(' | '))"))
                    .containsExactly("1 | users | 1 | applied | applied | applied | ?",
                            "2 | posts | 2 | applied | failed | applied | ?",
                            "3 | tags | 1 | applied | pending | in doubt | ?");
            assertThat(page.eval("getComputedStyle(document.querySelector('#matrix td.failed')).backgroundColor"))
                    .as("a failure stands out").isEqualTo("rgb(255, 215, 213)");
            screenshot(page, "history-overview");

            Path staging = site.resolve("target-2.html").toAbsolutePath();
            page.open(staging, "document.readyState === 'complete'");
            assertThat((List<String>) page.eval("[...document.querySelectorAll('#revisions tr[data-version]')]"
                    + ".map(r => r.dataset.version + ' ' + r.querySelector('.state').innerText)"))
                    .containsExactly("1 applied", "2 failed");
            assertThat((String) page.eval("document.querySelector('#revisions tr[data-version=\"2\"]').innerText"))
                    .contains("0 / 2", "posts");
            assertThat((List<String>) page.eval("[...document.querySelectorAll('#pending li')].map(l => l.innerText)"))
                    .containsExactly("3_tags.sql (1 statement)");
            assertThat(page.errors()).isEmpty();
        }
    }

    private static void screenshot(Chromium.Page page, String name) throws Exception {
        byte[] png = page.screenshot();
        Path out = Files.createDirectories(Path.of("target", "history"));
        Files.write(out.resolve(name + ".png"), png);
        String docs = System.getProperty("strata.history.screenshots");
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            Files.write(Path.of(docs, name + ".png"), png);
        }
    }
}
