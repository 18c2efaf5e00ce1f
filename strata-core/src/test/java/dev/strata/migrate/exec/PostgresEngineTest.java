package dev.strata.migrate.exec;

import dev.strata.testing.TestDb;

class PostgresEngineTest extends EngineContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.POSTGRES;
    }
}
