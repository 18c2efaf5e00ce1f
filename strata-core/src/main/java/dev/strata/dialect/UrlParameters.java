package dev.strata.dialect;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.url.DatabaseUrl;

import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What the dialects share about a URL's query parameters: which ones a JDBC driver knows (it says,
 * through {@link Driver#getPropertyInfo}), and the one-line refusal of a parameter nobody knows,
 * with the nearest known name when one is close: a misspelt parameter silently ignored is a setting
 * the user believes in and does not have.
 */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The property names a driver knows, asked once per connection and only when a URL has a parameter Strata does not translate. */
    public static Set<String> driverKnows(Driver driver, String jdbcUrl) {
        try {
            Set<String> names = new HashSet<>();
            for (DriverPropertyInfo info : driver.getPropertyInfo(jdbcUrl, new Properties())) {
                names.add(info.name);
            }
            return names;
        } catch (SQLException e) {
            throw new StrataException("reading the JDBC driver's parameters: " + e.getMessage(), e);
        }
    }

    /**
     * The refusal of a parameter.
     *
     * @param known   the names that would have been understood, for a suggestion
     * @param nobody  who does not know it, such as {@code "Atlas's URLs, the SQLite JDBC driver"}
     */
    public static UsageException unknown(DatabaseUrl url, String name, Collection<String> known, String nobody) {
        String nearest = null;
        int best = 3; // At most two edits away: further is a different word, not a typo.
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        return new UsageException("database URL " + url.redacted() + ": unknown parameter \"" + name + "\" (not a"
                + " parameter of " + nobody + ")" + (nearest == null ? "" : "; did you mean \"" + nearest + "\"?"));
    }

    /**
     * Which of the parameters sent to the server as settings it refused, from its error (or the
     * error's causes): the one the message names, quoted. Null when the error is another one.
     *
     * @param code an SQL state, or a vendor error code as a number
     */
    public static String refused(SQLException e, Object code, List<String> sent, char quote) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (code.equals(s.getSQLState()) || code.equals(s.getErrorCode()))) {
                String message = String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT);
                for (String name : sent) {
                    if (message.contains(quote + name.toLowerCase(Locale.ROOT) + quote)) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** Levenshtein distance: edits that turn one name into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
