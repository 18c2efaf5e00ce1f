package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.dialect.postgres.PostgresDialect;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.diff.Creation;
import dev.strata.testing.Conformance;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Atlas's PostgreSQL inspect expectations, met by Strata's own planner and inspector: the script's
 * first HCL (or its first {@code execsql}) is created in {@code $db} through {@code Creation} and
 * the PostgreSQL planner, the schema is inspected bound to {@code $db}, and the printed HCL equals
 * the script's expected file ({@code cmphcl}, or {@code cmp F got} after {@code schema inspect}).
 * This checks the inspector and the HCL printer against Atlas without the CLI's {@code apply}.
 */
class PostgresAtlasInspectTest {

    private static final Pattern STEP = Pattern.compile("(?m)^(?:apply (\\S+)|cmphcl (\\S+)|cmp (\\S+) got$)");
    private static final Pattern EXECSQL = Pattern.compile("(?m)^execsql '(.*)'$");

    @ParameterizedTest
    @ValueSource(strings = {"column-default", "column-enum-array", "column-generated-inspect", "column-interval",
            "column-textsearch", "foreign-key-action", "foreign-key", "index-nulls-distinct", "index-unique-constraint",
            "table-partition"})
    void inspectPrintsAsAtlas(String name) throws Exception {
        Path p = Conformance.dir("schema").resolve("postgres").resolve(name + ".txtar");
        Txtar t = Txtar.read(p);
        String db = "script_" + name.replace('-', '_');
        Matcher m = STEP.matcher(t.script());
        String applied = null;
        String expected = null;
        while (m.find()) {
            if (m.group(1) != null) {
                applied = m.group(1);
            } else {
                expected = m.group(2) != null ? m.group(2) : m.group(3);
                break;
            }
        }
        try (TestDb d = TestDb.postgres()) {
            d.execute("CREATE SCHEMA " + db);
            Matcher ex = EXECSQL.matcher(t.script());
            if (ex.find() && (applied == null || ex.start() < t.script().indexOf("apply "))) {
                d.execute(ex.group(1).replace("$db", db).replace("''", "'"));
            }
            try (Session s = new PostgresDialect().open(DatabaseUrl.parse(d.url() + "&search_path=" + db))) {
                if (applied != null) {
                    String hcl = t.files().get(applied).replace("$db", db);
                    Realm r = SchemaHcl.read(HclDocument.parse(applied, hcl), Map.of(), "postgres");
                    for (DdlStatement st : s.dialect().ddlPlanner(s).plan(Creation.of(r.schemas().get(0)),
                            PlanOptions.DEFAULT.withQualifier("")).statements()) {
                        s.execute(st.sql());
                    }
                }
                Realm got = s.dialect().inspector(s).inspect(InspectScope.schema(db));
                assertEquals(t.files().get(expected).replace("$db", db).strip(),
                        SchemaHcl.print(got, "postgres").strip());
            }
        }
    }
}
