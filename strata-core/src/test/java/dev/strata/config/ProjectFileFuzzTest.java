package dev.strata.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.strata.StrataException;

import java.util.List;
import java.util.Map;

/**
 * The project-file parser and evaluator on arbitrary text: an evaluated environment or one
 * documented error (a UsageException naming file, line and column), never another exception and
 * never a stack overflow.
 */
class ProjectFileFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void parsesEvaluatesOrReports(FuzzedDataProvider data) {
        String env = data.consumeString(8);
        String text = data.consumeRemainingAsString();
        try {
            ProjectFile file = ProjectFile.of(text, "fuzz.hcl");
            for (String name : file.envNames()) {
                file.env(name, Map.of("v", List.of("1")), (url, query, args) -> List.of("a", "b"));
            }
            file.env(env, Map.of(), (url, query, args) -> List.of());
        } catch (StrataException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an error without a message", e);
            }
        }
    }
}
