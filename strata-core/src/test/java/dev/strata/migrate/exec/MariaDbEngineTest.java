package dev.strata.migrate.exec;

import dev.strata.testing.TestDb;

class MariaDbEngineTest extends EngineContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
