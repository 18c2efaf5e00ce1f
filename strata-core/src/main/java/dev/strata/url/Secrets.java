package dev.strata.url;

import java.util.ArrayList;
import java.util.List;

/**
 * Strings that must never reach an output, such as database passwords, and the scrubbing of text
 * that might hold them. URLs are redacted by their structure everywhere ({@link DatabaseUrl#redacted()});
 * this is the second line of defence, for text Strata does not control (driver messages).
 */
public final class Secrets {

    private static final int MIN_LENGTH = 4;

    private final List<String> secrets = new ArrayList<>();

    /**
     * Adds a secret. Secrets under four characters are left out: they would match ordinary words and
     * garble the output.
     */
    public void add(String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH && !secrets.contains(secret)) {
            secrets.add(secret);
            secrets.sort((a, b) -> b.length() - a.length()); // Longest first: one secret may contain another.
        }
    }

    /**
     * Parses a database URL, registering what looks like its password before parsing, so even the
     * error that reports a malformed URL cannot echo it; then the parsed URL's secrets.
     *
     * @throws dev.strata.UsageException when the URL is malformed
     */
    public DatabaseUrl parse(String rawUrl) {
        int sep = rawUrl.indexOf("://");
        int at = rawUrl.lastIndexOf('@');
        if (sep >= 0 && at > sep) {
            String userInfo = rawUrl.substring(sep + 3, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                add(userInfo.substring(colon + 1));
            }
        }
        DatabaseUrl parsed = DatabaseUrl.parse(rawUrl);
        parsed.secrets().forEach(this::add);
        return parsed;
    }

    /** An independent copy holding the same secrets. */
    public Secrets copy() {
        Secrets c = new Secrets();
        c.secrets.addAll(secrets);
        return c;
    }

    /** The length of the longest secret, 0 with none: text written in parts holds back one less than this. */
    public int longest() {
        return secrets.isEmpty() ? 0 : secrets.get(0).length();
    }

    /** The text with every secret replaced by {@code xxxxx}. */
    public String scrub(String text) {
        String r = text;
        for (String secret : secrets) {
            r = r.replace(secret, Redaction.MASK);
        }
        return r;
    }
}
