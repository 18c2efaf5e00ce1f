import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark's migration set in each tool's layout: {@code java bench/Gen.java OUT N}.
 *
 * <p>Migration i creates table ti with six columns, a primary key, an index and (from t2 on) a
 * foreign key to t(i-1), and inserts ten rows; the SQL is the same for PostgreSQL and MariaDB.
 *
 * <pre>
 * OUT/strata/00000000000001_t1.sql ...     Atlas layout (bench/run adds atlas.sum with strata migrate hash)
 * OUT/flyway/V1__t1.sql ...
 * OUT/dbmate/00000000000001_t1.sql ...     with -- migrate:up / -- migrate:down
 * OUT/liquibase/changelog.xml + changes/00001_t1.sql ...   formatted SQL files, included in order
 * OUT/floor.sql                            every migration, concatenated, for psql / mariadb
 * </pre>
 */
public class Gen {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/Gen.java OUT N");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        for (String dir : new String[] {"strata", "flyway", "dbmate", "liquibase/changes"}) {
            Files.createDirectories(out.resolve(dir));
        }
        StringBuilder floor = new StringBuilder();
        StringBuilder master = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                      http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (int i = 1; i <= n; i++) {
            String sql = migration(i);
            String version = String.format("%014d", i);
            write(out.resolve("strata/" + version + "_t" + i + ".sql"), sql);
            write(out.resolve("flyway/V" + i + "__t" + i + ".sql"), sql);
            write(out.resolve("dbmate/" + version + "_t" + i + ".sql"),
                    "-- migrate:up\n" + sql + "\n-- migrate:down\nDROP TABLE t" + i + ";\n");
            String change = String.format("changes/%05d_t%d.sql", i, i);
            write(out.resolve("liquibase/" + change), "--liquibase formatted sql\n\n--changeset bench:" + i + "\n"
                    + sql + "--rollback DROP TABLE t" + i + ";\n");
            master.append("  <include file=\"").append(change).append("\" relativeToChangelogFile=\"true\"/>\n");
            floor.append(sql);
        }
        write(out.resolve("liquibase/changelog.xml"), master.append("</databaseChangeLog>\n").toString());
        write(out.resolve("floor.sql"), floor.toString());
    }

    /** Table ti: six columns, a primary key, an index, a foreign key to t(i-1) and ten rows. */
    static String migration(int i) {
        String t = "t" + i;
        StringBuilder sql = new StringBuilder()
                .append("CREATE TABLE ").append(t).append(" (\n")
                .append("  id integer NOT NULL,\n")
                .append("  prev_id integer,\n")
                .append("  name varchar(64) NOT NULL,\n")
                .append("  qty integer NOT NULL,\n")
                .append("  price decimal(10,2) NOT NULL,\n")
                .append("  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,\n")
                .append("  PRIMARY KEY (id)");
        if (i > 1) {
            sql.append(",\n  CONSTRAINT ").append(t).append("_prev_fk FOREIGN KEY (prev_id) REFERENCES t")
                    .append(i - 1).append(" (id)");
        }
        sql.append("\n);\n")
                .append("CREATE INDEX ").append(t).append("_name_idx ON ").append(t).append(" (name);\n")
                .append("INSERT INTO ").append(t).append(" (id, prev_id, name, qty, price) VALUES\n");
        for (int row = 1; row <= 10; row++) {
            sql.append("  (").append(row).append(", ").append(i > 1 ? Integer.toString(row) : "NULL")
                    .append(", 'row ").append(row).append(" of ").append(t).append("', ").append(row * 3)
                    .append(", ").append(row).append(".25)").append(row < 10 ? ",\n" : ";\n");
        }
        return sql.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
