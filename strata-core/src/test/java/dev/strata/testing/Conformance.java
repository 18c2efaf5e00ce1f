package dev.strata.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Finds Atlas's conformance vectors: the system property {@code strata.conformance.dir}, else the
 * environment variable {@code STRATA_CONFORMANCE_DIR}, else {@code ../shared/conformance/atlas} from
 * the project root. Tests skip when they are absent, except under CI=true, where CI always has them.
 */
public final class Conformance {

    private Conformance() {
    }

    public static Path dir() {
        String configured = System.getProperty("strata.conformance.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("STRATA_CONFORMANCE_DIR");
        }
        Path dir = configured == null || configured.isBlank()
                ? projectRoot().resolve("../shared/conformance/atlas")
                : Path.of(configured);
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Atlas conformance vectors not found at " + dir.toAbsolutePath().normalize()
                        + " (set strata.conformance.dir); CI must have them");
            }
            Assumptions.abort("Atlas conformance vectors not found at " + dir.toAbsolutePath().normalize());
        }
        return dir.toAbsolutePath().normalize();
    }

    public static Path dir(String relative) {
        return dir().resolve(relative);
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("strata-core"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }
}
