package dev.strata.dialect;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.text.Nearest;
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
        String nearest = Nearest.of(name, known).orElse(null);
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
}
