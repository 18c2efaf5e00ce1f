package dev.strata.devdb.embedded;

import dev.strata.devdb.DevDatabase;
import dev.strata.url.DatabaseUrl;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * A process of its own for the tests that kill or confine the JVM: opens the dev database a URL
 * names, prints {@code children <pids>}, {@code data <directory>} and {@code version <version()>},
 * then ends ({@code check}) or waits to be killed ({@code hold}).
 */
public final class EmbeddedProbe {

    public static void main(String[] args) throws Exception {
        try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(args[1]));
             Statement st = dev.session().connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT version(), current_setting('data_directory')")) {
            rs.next();
            System.out.println("children " + ProcessHandle.current().descendants()
                    .map(p -> Long.toString(p.pid())).collect(Collectors.joining(" ")));
            System.out.println("data " + rs.getString(2));
            System.out.println("version " + rs.getString(1));
            System.out.flush();
            if (args[0].equals("hold")) {
                Thread.sleep(600_000);
            }
        }
    }
}
