package dev.strata.report;

import dev.strata.migrate.exec.Revision;
import dev.strata.text.Durations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The static site of {@code strata migrate report}: {@code index.html} (every database side by side
 * against the directory's files, and which is behind which), one {@code target-N.html} per database
 * (its revisions rows: when, how long, by which version, errors and statements in doubt) and
 * {@code history.json}. Plain HTML with inlined styles: no script, nothing fetched when opened, so
 * any CI can publish the folder as it is.
 */
public final class HistoryPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328}
            h1{font-size:20px}h2{font-size:16px;margin-top:28px}
            table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}code,pre{font:12px ui-monospace,monospace}pre{margin:0;white-space:pre-wrap}
            .applied{background:#dafbe1}.baseline{background:#eaeef2}.failed{background:#ffd7d5}
            .in_doubt{background:#fff1a8}.pending{background:#fff}.muted{color:#656d76}
            """;

    private HistoryPages() {
    }

    /** Writes the site into {@code out} (created if needed); returns the files written. */
    public static List<Path> write(History h, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new java.util.ArrayList<>();
        written.add(write(out.resolve("index.html"), index(h)));
        for (int i = 0; i < h.targets().size(); i++) {
            written.add(write(out.resolve(page(i)), target(h, h.targets().get(i))));
        }
        written.add(write(out.resolve("history.json"), HistoryJson.of(h) + "\n"));
        return written;
    }

    /** The overview: one row per file, one column per database. */
    static String index(History h) {
        StringBuilder b = head("Migration history");
        b.append("<h1>Migration history</h1>\n<p class=\"muted\">").append(h.files().size())
                .append(" migration files · ").append(h.targets().size()).append(" databases · generated ")
                .append(WHEN.format(h.generated())).append(" by ").append(esc(h.operator())).append("</p>\n");
        b.append("<h2>Databases</h2>\n<table id=\"targets\"><tr><th>database</th><th>URL</th><th>current version</th>"
                + "<th>behind</th><th>failed</th><th>in doubt</th><th>applied, not in the directory</th></tr>\n");
        for (int i = 0; i < h.targets().size(); i++) {
            History.Target t = h.targets().get(i);
            b.append("<tr data-target=\"").append(esc(t.name())).append("\"><td><a href=\"").append(page(i))
                    .append("\">").append(esc(t.name())).append("</a></td><td><code>").append(esc(t.url()))
                    .append("</code></td>");
            if (t.error() != null) {
                b.append("<td colspan=\"5\" class=\"failed\">unreadable: ").append(esc(t.error())).append("</td></tr>\n");
                continue;
            }
            var counts = h.counts(t);
            b.append("<td class=\"current\">").append(esc(t.current().orElse("none"))).append("</td><td class=\"behind\">")
                    .append(h.behind(t)).append("</td><td>").append(counts.get(History.State.FAILED))
                    .append("</td><td>").append(counts.get(History.State.IN_DOUBT)).append("</td><td>")
                    .append(t.withoutFile(h.files()).size()).append("</td></tr>\n");
        }
        b.append("</table>\n").append(ranking(h));
        boolean replayed = h.files().stream().anyMatch(f -> f.changes() >= 0);
        b.append("<h2>Files</h2>\n<table id=\"matrix\"><tr><th>version</th><th>description</th><th>statements</th>");
        if (replayed) {
            b.append("<th>schema changes</th><th>lint</th>");
        }
        for (History.Target t : h.targets()) {
            b.append("<th>").append(esc(t.name())).append("</th>");
        }
        b.append("</tr>\n");
        for (History.File f : h.files()) {
            b.append("<tr data-version=\"").append(esc(f.version())).append("\"><td><code>").append(esc(f.version()))
                    .append("</code></td><td>").append(esc(f.description())).append("</td><td>")
                    .append(f.statements().size()).append("</td>");
            if (replayed) {
                b.append("<td class=\"changes\">").append(f.changes() < 0 ? "" : f.changes()).append("</td><td class=\"lint\">");
                f.findings().forEach(x -> b.append("<pre>").append(esc(x)).append("</pre>"));
                b.append("</td>");
            }
            for (History.Target t : h.targets()) {
                b.append(cell(t, f.version()));
            }
            b.append("</tr>\n");
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    /** "staging is 2 files ahead of prod": each database against the one furthest ahead. */
    private static String ranking(History h) {
        List<History.Target> readable = h.targets().stream().filter(t -> t.error() == null).toList();
        if (readable.size() < 2) {
            return "";
        }
        History.Target lead = readable.stream().min(java.util.Comparator.comparingInt(h::behind)).orElseThrow();
        StringBuilder b = new StringBuilder("<ul id=\"ranking\">\n");
        for (History.Target t : readable) {
            int gap = h.behind(t) - h.behind(lead);
            b.append("<li>").append(esc(t.name())).append(gap == 0 ? " is up to date with the furthest"
                    : " is " + gap + (gap == 1 ? " file" : " files") + " behind " + esc(lead.name())).append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    private static String cell(History.Target t, String version) {
        if (t.error() != null) {
            return "<td class=\"muted\">?</td>";
        }
        History.State s = t.state(version);
        String when = t.revision(version).map(r -> WHEN.format(r.executedAt())).orElse("");
        return "<td class=\"" + css(s) + "\" title=\"" + esc(when) + "\">" + label(s) + "</td>";
    }

    /** One database: every row of its revisions table, then the files it has still to apply. */
    static String target(History h, History.Target t) {
        StringBuilder b = head(t.name() + " · migration history");
        b.append("<p><a href=\"index.html\">← all databases</a></p>\n<h1>").append(esc(t.name())).append("</h1>\n<p><code>")
                .append(esc(t.url())).append("</code></p>\n");
        if (t.error() != null) {
            return b.append("<p class=\"failed\">The revisions could not be read: ").append(esc(t.error()))
                    .append("</p>\n</body></html>\n").toString();
        }
        b.append("<p>Current version: <b class=\"current\">").append(esc(t.current().orElse("none")))
                .append("</b> · ").append(h.behind(t)).append(" of ").append(h.files().size())
                .append(" files still to apply</p>\n");
        b.append("<table id=\"revisions\"><tr><th>version</th><th>description</th><th>state</th><th>type</th>"
                + "<th>statements</th><th>executed at</th><th>took</th><th>by</th><th>error</th></tr>\n");
        for (Revision r : t.revisions()) {
            History.State s = t.state(r.version());
            b.append("<tr data-version=\"").append(esc(r.version())).append("\" class=\"").append(css(s))
                    .append("\"><td><code>").append(esc(r.version())).append("</code></td><td>")
                    .append(esc(r.description())).append("</td><td class=\"state\">").append(label(s))
                    .append("</td><td>").append(esc(r.typeName())).append("</td><td>").append(r.applied()).append(" / ")
                    .append(r.total()).append("</td><td>").append(WHEN.format(r.executedAt())).append("</td><td>")
                    .append(esc(Durations.format(r.executionTime()))).append("</td><td>")
                    .append(esc(r.operatorVersion())).append("</td><td>");
            if (!r.error().isEmpty()) {
                b.append("<pre>").append(esc(r.error())).append("</pre>");
                if (!r.errorStatement().isEmpty()) {
                    b.append("<pre class=\"muted\">").append(esc(r.errorStatement())).append("</pre>");
                }
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
        List<History.File> pending = h.files().stream().filter(f -> t.state(f.version()) == History.State.PENDING)
                .toList();
        if (!pending.isEmpty()) {
            b.append("<h2>Pending</h2>\n<ul id=\"pending\">\n");
            for (History.File f : pending) {
                int n = f.statements().size();
                b.append("<li><code>").append(esc(f.name())).append("</code> (").append(n)
                        .append(n == 1 ? " statement)</li>\n" : " statements)</li>\n");
            }
            b.append("</ul>\n");
        }
        List<Revision> orphans = t.withoutFile(h.files());
        if (!orphans.isEmpty()) {
            b.append("<h2>Applied, not in the directory</h2>\n<ul id=\"orphans\">\n");
            orphans.forEach(r -> b.append("<li><code>").append(esc(r.version())).append("</code> ")
                    .append(esc(r.description())).append("</li>\n"));
            b.append("</ul>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    static String page(int i) {
        return "target-" + (i + 1) + ".html";
    }

    private static String css(History.State s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String label(History.State s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static Path write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
