package dev.strata.migrate.exec;

import dev.strata.testing.TestDb;

class SqliteEngineTest extends EngineContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.SQLITE;
    }
}
