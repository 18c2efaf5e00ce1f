package dev.strata.report.erd;

import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Table;
import dev.strata.testing.Chromium;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end on real servers: the corpora created with their own SQL (PostgreSQL's blog and shop by
 * JDBC, MariaDB's blog by the {@code mariadb} client), inspected by Strata, drawn as a page in
 * Chromium and as Mermaid, with every table, key and view read.
 */
class ErdLiveTest {

    private static final Path CORPUS = Path.of("src/test/resources/schema-corpus/postgres");
    private static final Path MYSQL_CORPUS = Path.of("src/test/resources/schema-corpus/mysql");

    private static Realm inspect(TestDb db, InspectScope scope) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        try (Session s = Dialects.forUrl(url).open(url)) {
            return s.dialect().inspector(s).inspect(scope);
        }
    }

    private static Chromium.Page open(Chromium chromium, Realm realm, String name) throws Exception {
        Path file = Files.createDirectories(Path.of("target", "erd")).resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, ErdPage.render(realm), StandardCharsets.UTF_8);
        Chromium.Page page = chromium.newPage();
        page.open(file, "document.body && document.body.dataset.ready === 'true'");
        assertThat(page.requests()).containsExactly(file.toUri().toString());
        assertThat(page.errors()).isEmpty();
        return page;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInspectedMariaDbDatabase() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            String[] hp = TestDb.mariadbHostPort().split(":");
            Process p = new ProcessBuilder("mariadb", "-uroot", "-h" + hp[0], "-P" + hp[1], db.name())
                    .redirectInput(MYSQL_CORPUS.resolve("blog.sql").toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            Realm realm = inspect(db, InspectScope.schema(db.name()));
            assertThat(Mermaid.render(realm)).contains("    posts }o--o| authors : posts_author_fk\n",
                    "    comments }o--o| comments : comments_parent_fk\n");
            try (Chromium chromium = Chromium.launch()) {
                Chromium.Page page = open(chromium, realm, "erd-live-mariadb");
                String s = db.name() + ".";
                assertThat((List<Object>) page.eval("[...document.querySelectorAll('#erd-edges path[data-from]')]"
                        + ".map(p => p.dataset.from + ' -> ' + p.dataset.to)"))
                        .contains(s + "posts -> " + s + "authors", s + "comments -> " + s + "posts",
                                s + "published_posts -> " + s + "posts", s + "published_posts -> " + s + "authors",
                                s + "recent_comments -> " + s + "comments");
                page.eval("document.getElementById('erd-search').focus()");
                page.type("posts");
                page.press("Enter", 13);
                assertThat((String) page.eval("document.getElementById('erd-panel').innerText"))
                        .contains("posts_text", "FULLTEXT", "TRIGGER POSTS_COUNT_UP (AFTER INSERT)");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInspectedPostgresDatabase() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            db.execute(Files.readString(CORPUS.resolve("blog.sql")), Files.readString(CORPUS.resolve("shop.sql")));
            Realm realm = inspect(db, InspectScope.realm());
            List<String> tables = realm.schemas().stream().flatMap(s -> s.tables().stream()).map(Table::name).toList();
            assertThat(tables).contains("authors", "posts", "comments", "customers", "orders", "order_items");

            String mermaid = Mermaid.render(realm);
            assertThat(mermaid).contains("    comments }o--o| posts : comments_post_id_fkey\n",
                    "    comments }o--o| comments : comments_parent_id_fkey\n",
                    "    order_items }o--o| orders : order_items_order_fk\n", "      integer author_id FK\n");

            try (Chromium chromium = Chromium.launch()) {
                Chromium.Page page = open(chromium, realm, "erd-live-postgres");
                assertThat((List<Object>) page.eval("[...document.querySelectorAll('.erd-node')].map(e => e.dataset.id)"))
                        .contains("public.authors", "public.posts", "public.comments", "public.order_items",
                                "public.published_posts", "public.drafts", "public.post_stats");
                assertThat((List<Object>) page.eval("[...document.querySelectorAll('#erd-edges path[data-from]')]"
                        + ".map(p => p.dataset.from + ' -> ' + p.dataset.to)"))
                        .contains("public.posts -> public.authors", "public.comments -> public.comments",
                                "public.published_posts -> public.posts", "public.published_posts -> public.authors",
                                "public.post_stats -> public.comments");
                page.eval("document.getElementById('erd-search').focus()");
                page.type("posts");
                page.press("Enter", 13);
                String panel = (String) page.eval("document.getElementById('erd-panel').innerText");
                assertThat(panel).contains("TRIGGER POSTS_TOUCH (BEFORE UPDATE)", "keeps updated_at",
                        "posts_author_id_fkey", "REFERENCED BY (1)");
            }
        }
    }
}
