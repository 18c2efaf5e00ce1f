import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The JVM floor of a fresh apply: connect with the driver Strata uses and send the round trips a
 * Strata run sent, revision records included, one {@code Statement.execute} each, in autocommit (the
 * records hold the BEGIN and COMMIT Strata sent), reading every value of every result.
 * bench/fresh-floor.sh runs it on the distribution's runtime with Strata's JVM options and an AOT
 * cache of its own, on the output of {@code bench/WireReplay.java ... jdbc}: each round trip's SQL
 * ended by a NUL byte.
 * Arguments: JDBC-URL REPLAY.
 */
public class ReplayFloor {
    public static void main(String[] args) throws Exception {
        String replay = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        try (var c = DriverManager.getConnection(args[0]); var s = c.createStatement()) {
            s.setEscapeProcessing(false); // the SQL is sent as recorded: no JDBC {escape} rewriting
            int round = 0;
            for (int at = 0, end; (end = replay.indexOf('\0', at)) >= 0; at = end + 1) {
                consume(s, s.execute(replay.substring(at, end)));
                round++;
            }
            System.out.println(round);
        }
    }

    /** Reads every result and update count of one round trip, as the client does. */
    private static void consume(Statement s, boolean isResultSet) throws SQLException {
        for (boolean rs = isResultSet; rs || s.getUpdateCount() != -1; rs = s.getMoreResults()) {
            if (rs) {
                try (var r = s.getResultSet()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            r.getObject(i);
                        }
                    }
                }
            }
        }
    }
}
