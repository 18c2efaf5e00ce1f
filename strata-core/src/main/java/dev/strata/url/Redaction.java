package dev.strata.url;

import java.util.List;

/** Credentials out of URLs: the structural redaction of a parsed URL, and masking of one that failed to parse. */
final class Redaction {

    static final String MASK = "xxxxx";

    private Redaction() {
    }

    /**
     * Rebuilds the URL from the raw text with the password and secret parameters replaced. Works on
     * the structure, never by searching for the password's text, which may also be the user name.
     */
    static String redact(DatabaseUrl url) {
        String raw = url.raw();
        int start = bodyStart(raw);
        String head = raw.substring(0, start);
        String rest = raw.substring(start);
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash);
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = redactQuery(rest.substring(q + 1));
            rest = rest.substring(0, q);
        }
        if (!url.scheme().startsWith("sqlite")) {
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String tail = slash < 0 ? "" : rest.substring(slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                int colon = userInfo.indexOf(':');
                if (colon >= 0) {
                    userInfo = userInfo.substring(0, colon + 1) + MASK;
                }
                authority = userInfo + authority.substring(at);
            }
            rest = authority + tail;
        }
        return head + rest + (q >= 0 ? "?" + query : "") + fragment;
    }

    private static String redactQuery(String query) {
        StringBuilder b = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (b.length() > 0 || query.startsWith("&")) {
                b.append('&');
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            b.append(eq >= 0 && DatabaseUrl.isSecretParam(key) ? key + "=" + MASK : pair);
        }
        return b.toString();
    }

    /** The password exactly as written in the URL (it may be percent-encoded), for scrubbing output. */
    static List<String> rawPasswords(String raw) {
        String rest = raw.substring(bodyStart(raw));
        int end = firstOf(rest, "#");
        end = firstOf(rest.substring(0, end), "?");
        end = firstOf(rest.substring(0, end), "/");
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return List.of();
        }
        String userInfo = authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        return colon < 0 || colon == userInfo.length() - 1 ? List.of() : List.of(userInfo.substring(colon + 1));
    }

    /**
     * A URL that could not be parsed, with everything between the scheme and the last {@code @}
     * masked, so a malformed URL cannot leak its password into the error that reports it.
     */
    static String masked(String raw) {
        int sep = raw.indexOf("://");
        int at = raw.lastIndexOf('@');
        if (sep < 0 && at >= 0) {
            return MASK + raw.substring(at);
        }
        if (at < sep || at < 0) {
            int q = raw.indexOf('?', Math.max(sep, 0));
            return q < 0 ? raw : raw.substring(0, q) + "?" + redactQuery(raw.substring(q + 1));
        }
        return raw.substring(0, sep + 3) + MASK + raw.substring(at);
    }

    /** Where the text after the scheme starts: after {@code ://}, or after a JDBC URL's driver name. */
    private static int bodyStart(String raw) {
        int sep = raw.indexOf("://");
        return sep >= 0 ? sep + 3 : JdbcUrl.bodyStart(raw);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
