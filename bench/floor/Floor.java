import java.sql.DriverManager;

/**
 * The JVM floor of a no-op apply: connect with the driver Strata uses and read the revisions count,
 * nothing else. bench/run and bench/floor.sh run it on the distribution's runtime, with the same JVM
 * options and an AOT cache of its own. Arguments: pairs of a JDBC URL and the query to run.
 */
public class Floor {
    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            try (var c = DriverManager.getConnection(args[i]); var s = c.createStatement();
                 var r = s.executeQuery(args[i + 1])) {
                r.next();
                System.out.println(r.getLong(1));
            }
        }
    }
}
