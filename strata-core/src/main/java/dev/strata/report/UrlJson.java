package dev.strata.report;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.url.DatabaseUrl;

/**
 * A database URL the way Atlas's JSON shows it: the fields of Go's {@code url.URL}, with
 * {@code User} always {@code {}} so credentials never appear, then the bound {@code Schema}.
 */
final class UrlJson {

    private UrlJson() {
    }

    /** Atlas's {@code Driver}, {@code URL} and {@code Dir} fields of a target. */
    static Json env(Json j, DatabaseUrl url, String dir) {
        Dialect dialect = Dialects.forUrl(url);
        return j.field("Driver", dialect.name()).raw("URL", of(url, dialect.boundSchema(url).orElse("")))
                .field("Dir", dir);
    }

    static String of(DatabaseUrl url, String schema) {
        String redacted = url.redacted();
        int sep = redacted.indexOf("://");
        // jdbc:sqlite:file.db has no "//": read what follows the driver as sqlite:// would have it.
        String rest = redacted.substring(sep >= 0 ? sep + 3 : redacted.indexOf(':', "jdbc:".length()) + 1);
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int at = authority.lastIndexOf('@');
        boolean hasUser = at >= 0;
        String host = hasUser ? authority.substring(at + 1) : authority;
        Json j = new Json().open()
                .field("Scheme", url.scheme())
                .field("Opaque", "")
                .raw("User", hasUser ? "{}" : "null")
                .field("Host", host)
                .field("Path", path)
                .field("RawPath", "")
                .field("OmitHost", false)
                .field("ForceQuery", false)
                .field("RawQuery", query)
                .field("Fragment", fragment)
                .field("RawFragment", "")
                .field("Schema", schema == null ? "" : schema)
                .close();
        return j.toString();
    }
}
