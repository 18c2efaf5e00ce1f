package dev.strata.schema.hcl;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.strata.StrataException;
import dev.strata.config.HclDocument;
import dev.strata.schema.Realm;

import java.util.List;
import java.util.Map;

/**
 * The schema reader on arbitrary text: a realm, which prints and reads back equal, or one
 * documented error (a UsageException naming file, line and column), never another exception.
 */
class SchemaHclFuzzTest {

    private static final List<String> DIALECTS = List.of("postgres", "mysql", "mariadb", "sqlite3");

    @FuzzTest(maxDuration = "15s")
    void readsOrReports(FuzzedDataProvider data) {
        String dialect = DIALECTS.get(data.consumeInt(0, DIALECTS.size() - 1));
        String text = data.consumeRemainingAsString();
        Realm realm;
        try {
            realm = SchemaHcl.read(HclDocument.parse("fuzz.hcl", text), Map.of("v", List.of("x")), dialect);
        } catch (StrataException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an error without a message", e);
            }
            return;
        }
        String printed = SchemaHcl.print(realm, dialect);
        Realm back = SchemaHcl.read(HclDocument.parse("printed.hcl", printed), Map.of(), dialect);
        if (!back.equals(realm)) {
            throw new AssertionError("read back differs:\n" + printed);
        }
    }
}
