package dev.strata;

import dev.strata.testing.TestDb;

class PostgresApiTest extends ApiContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.POSTGRES;
    }
}
