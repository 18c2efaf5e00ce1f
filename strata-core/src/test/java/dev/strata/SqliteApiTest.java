package dev.strata;

import dev.strata.testing.TestDb;

class SqliteApiTest extends ApiContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.SQLITE;
    }
}
