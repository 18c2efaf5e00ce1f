package dev.strata;

import dev.strata.testing.TestDb;

class MariaDbApiTest extends ApiContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }
}
