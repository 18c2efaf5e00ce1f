package dev.strata.report.erd;

import dev.strata.schema.Realm;
import dev.strata.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ERD page in a real headless Chromium, opened from disk with the network pointed at nothing:
 * what a person sees, read from the DOM after the scripts ran. Screenshots go to
 * {@code target/erd/}, and to {@code -Dstrata.erd.screenshots=DIR} (the ones in {@code docs/}).
 */
class ErdPageBrowserTest {

    private static final Path OUT = Path.of("target", "erd");
    // The screenshots docs/erd.md shows: ./mvnw -B -o -pl strata-core test -Dtest=ErdPageBrowserTest
    //   -Dstrata.fuzz.skip=true -Dstrata.erd.screenshots=$PWD/docs
    private static final java.util.Set<String> DOCS = java.util.Set.of("erd-5-tables", "erd-selected",
            "erd-500-tables", "erd-500-tables-search");
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Chromium.Page open(String name, Realm realm) throws Exception {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, ErdPage.render(realm), StandardCharsets.UTF_8);
        Chromium.Page page = chromium.newPage();
        page.open(file, "document.body && document.body.dataset.ready === 'true'");
        assertThat(page.requests()).as("the page requests nothing but itself").containsExactly(file.toUri().toString());
        assertThat(page.failedRequests()).isEmpty();
        assertThat(page.errors()).as("console errors").isEmpty();
        return page;
    }

    private static void screenshot(Chromium.Page page, String name) throws Exception {
        byte[] png = page.screenshot();
        Files.write(OUT.resolve(name + ".png"), png);
        String docs = System.getProperty("strata.erd.screenshots");
        if (docs != null && DOCS.contains(name)) {
            Files.createDirectories(Path.of(docs));
            Files.write(Path.of(docs, name + ".png"), png);
        }
    }

    // Pairs of table boxes that overlap, in world coordinates.
    private static final String OVERLAPS = """
            (() => { const r = [...document.querySelectorAll('.erd-node')].map(e => ({ id: e.dataset.id,
                x: e.offsetLeft, y: e.offsetTop, w: e.offsetWidth, h: e.offsetHeight }));
              r.sort((a, b) => a.x - b.x); const bad = [];
              for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length && r[j].x < r[i].x + r[i].w; j++) {
                const a = r[i], b = r[j]; if (a.y < b.y + b.h && b.y < a.y + a.h) bad.push(a.id + ' / ' + b.id); }
              return bad; })()""";

    // Boxes that are not inside the group of their schema.
    private static final String OUTSIDE_GROUP = """
            (() => { const g = new Map([...document.querySelectorAll('.erd-group')].map(e => [e.dataset.schema, e]));
              return [...document.querySelectorAll('.erd-node')].filter(e => { const s = g.get(e.dataset.id.split('.')[0]);
                return !s || e.offsetLeft < s.offsetLeft || e.offsetTop < s.offsetTop
                  || e.offsetLeft + e.offsetWidth > s.offsetLeft + s.offsetWidth
                  || e.offsetTop + e.offsetHeight > s.offsetTop + s.offsetHeight; }).map(e => e.dataset.id); })()""";

    // Edges whose ends do not touch the boxes of the tables they join: "from -> to" of each drawn edge otherwise.
    private static final String EDGES = """
            (() => { const box = id => [...document.querySelectorAll('.erd-node')].find(e => e.dataset.id === id);
              const on = (b, x, y) => x >= b.offsetLeft - 1 && x <= b.offsetLeft + b.offsetWidth + 1
                && y >= b.offsetTop - 1 && y <= b.offsetTop + b.offsetHeight + 1;
              return [...document.querySelectorAll('#erd-edges path[data-from]')].map(p => {
                const n = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
                const ok = on(box(p.dataset.from), n[0], n[1]) && on(box(p.dataset.to), n[n.length - 2], n[n.length - 1]);
                return (ok ? '' : 'DETACHED ') + (p.classList.contains('erd-view-edge') ? 'view ' : 'fk ')
                  + p.dataset.from + ' -> ' + p.dataset.to; }); })()""";

    // A point of the diagram's background, where a click selects nothing.
    private static final String BACKGROUND = "(() => { const v = document.getElementById('erd-viewport')"
            + ".getBoundingClientRect(); for (let y = v.top + 5; y < v.bottom; y += 20) for (let x = v.left + 5;"
            + " x < v.right; x += 20) { const e = document.elementFromPoint(x, y); if (e && !e.closest('.erd-node'))"
            + " return [x, y]; } return null; })()";

    // Texts of boxes that do not fit (cut off with an ellipsis), in the small realm's short names.
    private static final String CUT = "[...document.querySelectorAll('.erd-head, .erd-col span')]"
            + ".filter(e => e.scrollWidth > e.clientWidth).map(e => e.textContent)";

    private static final String SELECTED = "[...document.querySelectorAll('.erd-node.erd-selected')].map(e => e.dataset.id)";
    private static final String NEIGHBOURS = "[...document.querySelectorAll('.erd-node.erd-neighbour')].map(e => e.dataset.id)";

    /** The centre of a table's header on screen. */
    @SuppressWarnings("unchecked")
    private static double[] headerOf(Chromium.Page page, String id) {
        List<Object> xy = (List<Object>) page.eval("(() => { const e = [...document.querySelectorAll('.erd-node')]"
                + ".find(e => e.dataset.id === '" + id + "').firstChild.getBoundingClientRect();"
                + " return [e.left + e.width / 2, e.top + e.height / 2]; })()");
        return new double[] {(Double) xy.get(0), (Double) xy.get(1)};
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiveTables_everyTableAndEdgeIsDrawn_andNothingOverlaps() throws Exception {
        Chromium.Page page = open("erd-5-tables", ErdRealms.small());
        assertThat((List<Object>) page.eval("[...document.querySelectorAll('.erd-node')].map(e => e.dataset.id)"))
                .containsExactlyInAnyOrder("billing.invoices", "public.orgs", "public.posts", "public.profiles",
                        "public.users", "public.published_posts");
        assertThat((List<Object>) page.eval("[...document.querySelectorAll('.erd-group')].map(e => e.dataset.schema)"))
                .containsExactlyInAnyOrder("public", "billing");
        assertThat((List<Object>) page.eval(EDGES)).containsExactlyInAnyOrder("fk billing.invoices -> public.orgs",
                "fk public.orgs -> public.orgs", "fk public.posts -> public.users", "fk public.profiles -> public.users",
                "fk public.users -> public.orgs", "view public.published_posts -> public.posts",
                "view public.published_posts -> public.users");
        assertThat((List<Object>) page.eval(OVERLAPS)).isEmpty();
        assertThat((List<Object>) page.eval(OUTSIDE_GROUP)).isEmpty();
        assertThat((List<Object>) page.eval(CUT)).as("texts cut off").isEmpty();
        assertThat(page.eval("document.getElementById('erd-stats').textContent"))
                .isEqualTo("5 tables, 1 views, 5 foreign keys");
        // Every box is on screen after the initial fit.
        assertThat((List<Object>) page.eval("[...document.querySelectorAll('.erd-node')].filter(e => { const r ="
                + " e.getBoundingClientRect(), v = document.getElementById('erd-viewport').getBoundingClientRect();"
                + " return r.left < v.left || r.top < v.top || r.right > v.right || r.bottom > v.bottom; })"
                + ".map(e => e.dataset.id)")).isEmpty();
        screenshot(page, "erd-5-tables");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingATableHighlightsItsNeighbours_andThePanelShowsItsIndexesChecksAndComment() throws Exception {
        Chromium.Page page = open("erd-click", ErdRealms.small());
        double[] users = headerOf(page, "public.users");
        page.click(users[0], users[1]);
        assertThat((List<Object>) page.eval(SELECTED)).containsExactly("public.users");
        assertThat((List<Object>) page.eval(NEIGHBOURS)).containsExactlyInAnyOrder("public.orgs", "public.posts",
                "public.profiles", "public.published_posts");
        assertThat(page.eval("document.querySelectorAll('#erd-edges path.erd-hl').length")).isEqualTo(4.0);
        String panel = (String) page.eval("document.getElementById('erd-panel').innerText");
        assertThat(panel).contains("users", "people who sign in", "INDEXES (1)", "users_email", "UNIQUE",
                "CHECKS (1)", "email_has_at", "(email ~ '@')", "FOREIGN KEYS (1)", "users_org_fkey",
                "ON DELETE SET NULL", "REFERENCED BY (2)");
        assertThat((List<Object>) page.eval(CUT)).as("texts cut off with a table selected").isEmpty();
        screenshot(page, "erd-selected");

        double[] posts = headerOf(page, "public.posts");
        page.click(posts[0], posts[1]);
        panel = (String) page.eval("document.getElementById('erd-panel').innerText");
        assertThat(panel).contains("posts_author_state", "TRIGGER POSTS_TOUCH (BEFORE UPDATE)",
                "EXECUTE FUNCTION touch()", "shown in lists", "'draft'");

        // Escape clears the selection, and so does a click on the background.
        page.press("Escape", 27);
        assertThat((List<Object>) page.eval(SELECTED)).isEmpty();
        page.click(posts[0], posts[1]);
        assertThat((List<Object>) page.eval(SELECTED)).containsExactly("public.posts");
        List<Object> empty = (List<Object>) page.eval(BACKGROUND);
        page.click((Double) empty.get(0), (Double) empty.get(1));
        assertThat((List<Object>) page.eval(SELECTED)).isEmpty();
        assertThat(page.eval("document.body.classList.contains('erd-selecting')")).isEqualTo(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFocusesTheTableOrColumn_andTheWheelZooms() throws Exception {
        Chromium.Page page = open("erd-search", ErdRealms.small());
        double scale = (Double) page.eval("new DOMMatrix(getComputedStyle(document.getElementById('erd-world'))"
                + ".transform).a");
        page.call("Input.dispatchMouseEvent", Map.of("type", "mouseWheel", "x", 500, "y", 400, "deltaX", 0,
                "deltaY", -300));
        assertThat((Double) page.eval("new DOMMatrix(getComputedStyle(document.getElementById('erd-world'))"
                + ".transform).a")).isGreaterThan(scale);

        page.eval("document.getElementById('erd-search').focus()");
        page.type("invoices");
        assertThat((List<Object>) page.eval("[...document.querySelectorAll('#erd-results li')].map(l => l.textContent)"))
                .first().isEqualTo("billing.invoices");
        page.press("Enter", 13);
        assertThat((List<Object>) page.eval(SELECTED)).containsExactly("billing.invoices");
        // Focused: in the middle of the diagram's viewport, at a readable scale.
        List<Object> where = (List<Object>) page.eval("(() => { const b = [...document.querySelectorAll('.erd-node')]"
                + ".find(e => e.dataset.id === 'billing.invoices').getBoundingClientRect(), v = document"
                + ".getElementById('erd-viewport').getBoundingClientRect(); return [Math.abs((b.left + b.right) / 2"
                + " - (v.left + v.right) / 2), b.top >= v.top && b.bottom <= v.bottom, b.height / "
                + "[...document.querySelectorAll('.erd-node')].find(e => e.dataset.id === 'billing.invoices')"
                + ".offsetHeight]; })()");
        assertThat((Double) where.get(0)).isLessThan(2.0);
        assertThat(where.get(1)).isEqualTo(true);
        assertThat((Double) where.get(2)).isGreaterThanOrEqualTo(1.0);
        assertThat((String) page.eval("document.querySelector('#erd-panel h2').textContent")).isEqualTo("invoices");

        page.eval("document.getElementById('erd-search').value = ''; document.getElementById('erd-search').focus()");
        page.type("bio");
        page.press("Enter", 13);
        assertThat((List<Object>) page.eval(SELECTED)).containsExactly("public.profiles");
        assertThat((List<Object>) page.eval("[...document.querySelectorAll('.erd-col.erd-hit')].map(r => r.dataset.col)"))
                .containsExactly("bio");
        screenshot(page, "erd-search-column");
    }

    /** A database without tables still gives a page that works (and says so). */
    @Test
    void anEmptyRealm() throws Exception {
        Chromium.Page page = open("erd-empty", Realm.of(dev.strata.schema.Schema.named("public")));
        assertThat(page.eval("document.querySelectorAll('.erd-node').length")).isEqualTo(0.0);
        assertThat(page.eval("document.getElementById('erd-stats').textContent"))
                .isEqualTo("0 tables, 0 views, 0 foreign keys");
        page.eval("document.getElementById('erd-search').focus()");
        page.type("x");
        page.press("Enter", 13);
        assertThat(page.errors()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fiveHundredTables_allDrawn_noBoxOverlapsAnother() throws Exception {
        Realm realm = ErdRealms.generated(5, 100, 17);
        Chromium.Page page = open("erd-500-tables", realm);
        long size = Files.size(OUT.resolve("erd-500-tables.html"));
        int expectedNodes = realm.schemas().stream().mapToInt(s -> s.tables().size() + s.views().size()).sum();
        int expectedFks = realm.schemas().stream().flatMap(s -> s.tables().stream())
                .mapToInt(t -> t.foreignKeys().size()).sum();
        assertThat(page.eval("document.querySelectorAll('.erd-node').length")).isEqualTo((double) expectedNodes);
        List<Object> edges = (List<Object>) page.eval(EDGES);
        assertThat(edges).hasSize(expectedFks + 50).noneMatch(e -> ((String) e).startsWith("DETACHED"));
        assertThat((List<Object>) page.eval(OVERLAPS)).isEmpty();
        assertThat((List<Object>) page.eval(OUTSIDE_GROUP)).isEmpty();
        page.eval("document.getElementById('erd-search').focus()");
        page.type("t3_42");
        page.press("Enter", 13);
        assertThat((List<Object>) page.eval(SELECTED)).hasSize(1).allMatch(id -> ((String) id).startsWith("app3.t3_42"));
        screenshot(page, "erd-500-tables-search");
        // An observation for the report, not a timed assertion.
        System.out.printf("ERD 500 tables: %d nodes, %d edges, page %d bytes, rendered in %s ms (boxes %s ms, layout %s ms)%n",
                expectedNodes, edges.size(), size, page.eval("document.body.dataset.renderMs"),
                page.eval("document.body.dataset.measureMs"), page.eval("document.body.dataset.layoutMs"));
        // The overview a person gets on opening it: nothing selected, everything in view.
        page.eval("document.getElementById('erd-search').blur()");
        List<Object> empty = (List<Object>) page.eval(BACKGROUND);
        page.click((Double) empty.get(0), (Double) empty.get(1));
        page.eval("document.getElementById('erd-fit').click()");
        assertThat((List<Object>) page.eval(SELECTED)).isEmpty();
        screenshot(page, "erd-500-tables");
    }
}
