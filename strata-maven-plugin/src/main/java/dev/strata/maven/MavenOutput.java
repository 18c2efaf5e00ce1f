package dev.strata.maven;

import dev.strata.url.DatabaseUrl;
import dev.strata.url.Secrets;
import org.apache.maven.plugin.logging.Log;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Strata's reports on the Maven log: text streamed in pieces becomes one log line per line, and
 * every line passes through the scrubbing of known secrets, so a database password reaches the log
 * by no path.
 */
final class MavenOutput {

    private final Log log;
    private final Secrets secrets = new Secrets();
    private final StringBuilder pending = new StringBuilder();

    MavenOutput(Log log) {
        this.log = log;
    }

    /** Parses a database URL, registering its password first. */
    DatabaseUrl parseUrl(String raw) {
        return secrets.parse(raw);
    }

    /** A string no log line may show, such as a password given apart from the URL. */
    void secret(String secret) {
        secrets.add(secret);
    }

    /** Report text, in pieces: each complete line goes to the log at info level. */
    void print(String text) {
        pending.append(text);
        int nl;
        while ((nl = pending.indexOf("\n")) >= 0) {
            log.info(scrub(pending.substring(0, nl)));
            pending.delete(0, nl + 1);
        }
    }

    /** Writes what is left of an unfinished line. */
    void flush() {
        if (pending.length() > 0) {
            log.info(scrub(pending.toString()));
            pending.setLength(0);
        }
    }

    void info(String line) {
        flush();
        log.info(scrub(line));
    }

    void warn(String line) {
        flush();
        log.warn(scrub(line));
    }

    /** Error text, line by line. */
    void error(String text) {
        flush();
        for (String line : text.split("\n", -1)) {
            log.error(scrub(line));
        }
    }

    void debug(Throwable t) {
        if (log.isDebugEnabled()) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace, true));
            log.debug(scrub(trace.toString()));
        }
    }

    String scrub(String text) {
        return secrets.scrub(text);
    }
}
