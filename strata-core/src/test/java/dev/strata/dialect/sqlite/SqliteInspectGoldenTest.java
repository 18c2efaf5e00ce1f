package dev.strata.dialect.sqlite;

import dev.strata.schema.InspectScope;
import dev.strata.schema.hcl.SchemaHcl;
import dev.strata.testing.Conformance;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atlas's {@code sqlite/cli-inspect.txtar} through the real inspector: the table its {@code 1.hcl}
 * describes, created with SQL, inspected and printed, reads as Atlas prints it, with and without
 * its {@code --exclude} globs (until {@code schema apply} lets the script itself run).
 */
class SqliteInspectGoldenTest {

    private static String expected(String file) throws Exception {
        String text = Files.readString(Conformance.dir("schema").resolve("sqlite/cli-inspect.txtar"),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?ms)^-- " + Pattern.quote(file) + " --$\\n(.*?)(?=^-- \\S+ --$|\\z)").matcher(text);
        assertThat(m.find()).as(file).isTrue();
        return m.group(1).strip();
    }

    private static String inspect(TestDb db, List<String> exclude) throws Exception {
        return SchemaHcl.print(SqliteRoundTripTest.inspect(db, InspectScope.schema("main").withExclude(exclude)),
                "sqlite3").strip();
    }

    @Test
    void cliInspectPrintsAsAtlasDoes() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            db.execute("CREATE TABLE `users` (`id` int NOT NULL, `a` int NOT NULL, `b` int NOT NULL,"
                    + " `ab` int NOT NULL, `ac` uint64 NOT NULL)");
            assertThat(inspect(db, List.of())).isEqualTo(expected("1.hcl"));
            assertThat(inspect(db, List.of("users"))).isEqualTo(expected("notable.hcl"));
            assertThat(inspect(db, List.of("*.[ab]*"))).isEqualTo(expected("id.hcl"));
            assertThat(inspect(db, List.of("*.*"))).isEqualTo(expected("nocolumn.hcl"));
        }
    }
}
