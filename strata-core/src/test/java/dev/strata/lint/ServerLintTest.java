package dev.strata.lint;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A lint test on a scratch database of a running server, created before and dropped after the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerLintTest {

    private TestDb db;
    /** The dev database URL. */
    String dev;

    abstract TestDb create();

    @BeforeAll
    void start() {
        db = create();
        dev = db.url();
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }
}
