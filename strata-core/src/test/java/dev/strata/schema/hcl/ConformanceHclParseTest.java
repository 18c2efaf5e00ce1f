package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.testing.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HCL file of Atlas's apply-roundtrip scripts (the desired states of {@code apply}) reads
 * into a model without error, with the script's {@code $db}, {@code $charset} and
 * {@code $collate} replaced as Atlas's harness does.
 */
class ConformanceHclParseTest {

    @TestFactory
    List<DynamicTest> applyRoundtripHclFilesRead() throws Exception {
        Path dir = Conformance.dir("schema");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("INDEX.tsv"))) {
            String[] cols = line.split("\t");
            if (cols[0].equals("file") || !cols[3].contains("apply-roundtrip")) {
                continue;
            }
            Path script = dir.resolve(cols[0]);
            String dialect = switch (cols[2]) {
                case "postgres" -> "postgres";
                case "sqlite" -> "sqlite3";
                default -> cols[4].contains("maria") ? "mariadb" : "mysql";
            };
            Txtar t = Txtar.read(script);
            for (Map.Entry<String, String> f : t.files().entrySet()) {
                if (!f.getKey().endsWith(".hcl") || f.getKey().equals("atlas.hcl")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(cols[0] + " " + f.getKey(), () -> {
                    String db = dialect.equals("sqlite3") ? "main" : Txtar.db(script);
                    String text = f.getValue().replace("$db", db).replace("$charset", "utf8mb4")
                            .replace("$collate", "utf8mb4_general_ci");
                    var realm = SchemaHcl.read(HclDocument.parse(f.getKey(), text), Map.of(), dialect);
                    assertThat(realm.schemas().isEmpty()).isEqualTo(!text.contains("schema \""));
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests;
    }
}
