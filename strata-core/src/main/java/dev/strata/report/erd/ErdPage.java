package dev.strata.report.erd;

import dev.strata.schema.Realm;
import dev.strata.schema.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A realm as one self-contained HTML page, the ERD of {@code schema inspect --format html}: every
 * table and view with its columns, types, keys and nullability, foreign keys and view reads as
 * edges, schemas as groups, laid out automatically (dagre, bundled), with pan and zoom, a search
 * box that finds a table or column and centres it, neighbours highlighted on click, and a side
 * panel with the selected table's indexes, checks, triggers and comments.
 *
 * <p>The page loads nothing: the styles, the scripts (the layout library with its licence) and
 * the model as JSON are inline, and its Content-Security-Policy forbids any request, so it opens
 * the same from a disk, a CI artifact or a mail attachment.
 */
public final class ErdPage {

    private static final String BASE = "/dev/strata/report/erd/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z]+)}}");

    private ErdPage() {
    }

    /** The page, titled after the realm's schemas. */
    public static String render(Realm realm) {
        return render(realm, defaultTitle(realm));
    }

    /** The page with this title (for the browser tab and the header). */
    public static String render(Realm realm, String title) {
        Map<String, String> parts = Map.of("TITLE", html(title), "STYLE", Assets.STYLE, "DAGRE", Assets.DAGRE,
                "SCRIPT", Assets.SCRIPT, "MODEL", ErdModel.json(realm, title));
        // One pass, so nothing inserted (a table name, a script) is searched for placeholders again.
        Matcher m = PLACEHOLDER.matcher(Assets.PAGE);
        StringBuilder out = new StringBuilder(Assets.PAGE.length() + parts.get("MODEL").length() + 80_000);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parts.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** Writes the page to {@code out} (not closed). */
    public static void render(Realm realm, Writer out) throws IOException {
        out.write(render(realm));
    }

    static String defaultTitle(Realm realm) {
        String names = realm.schemas().stream().map(Schema::name).limit(4).collect(Collectors.joining(", "));
        int more = realm.schemas().size() - 4;
        return "Schema " + (names.isEmpty() ? "(empty)" : names) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The page's parts, read once from the class path: constants, never changed. */
    private static final class Assets {
        static final String PAGE = read("page.html");
        static final String STYLE = read("erd.css");
        static final String DAGRE = "/*!\n" + read("dagre.LICENSE.txt").replace("*/", "* /") + "*/\n"
                + read("dagre.min.js");
        static final String SCRIPT = "(function () {\n'use strict';\n" + read("layout.js") + read("view.js")
                + read("panel.js") + "})();";

        private static String read(String name) {
            try (InputStream in = ErdPage.class.getResourceAsStream(BASE + name)) {
                if (in == null) {
                    throw new IllegalStateException("the ERD page's asset " + name + " is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
