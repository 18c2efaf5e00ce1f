package dev.strata.cli;

/** The small migration set every old tool applies first: a table, an index, a row. */
final class Sample {

    static final String TABLE = "CREATE TABLE users (id int PRIMARY KEY, email varchar(200) NOT NULL);";
    static final String INDEX = "CREATE INDEX users_email ON users (email);";
    static final String ROW = "INSERT INTO users (id, email) VALUES (1, 'ada@example.com');";

    private Sample() {
    }
}
