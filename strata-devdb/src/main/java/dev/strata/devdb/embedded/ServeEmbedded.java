package dev.strata.devdb.embedded;

import dev.strata.StrataException;
import dev.strata.devdb.EmbeddedDatabase;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs embedded servers for another process: {@code java ... ServeEmbedded embedded://postgres ...}
 * starts each URL's server, prints their connection URLs on one line, space-separated, and keeps
 * them until its standard input ends, then stops them. The distribution's build gives these URLs to
 * the training run of the AOT cache ({@code STRATA_TRAINING_URLS}), which then records what a
 * connected {@code migrate apply} loads without the server management being in the cache.
 */
public final class ServeEmbedded {

    private ServeEmbedded() {
    }

    public static void main(String[] args) throws IOException {
        List<EmbeddedDatabase> servers = new ArrayList<>();
        int exitCode = 0;
        try {
            for (String url : args) {
                servers.add(EmbeddedDatabase.start(DatabaseUrl.parse(url)));
            }
            System.out.println(servers.stream().map(s -> s.url().raw()).collect(Collectors.joining(" ")));
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Until the other end closes.
            }
        } catch (StrataException e) {
            System.err.println("Error: " + e.getMessage());
            exitCode = 1;
        } finally {
            servers.forEach(EmbeddedDatabase::close);
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
