package dev.strata.migrate.format;

import dev.strata.migrate.lex.Statement;

import java.util.List;

/**
 * The "up" part of a migration: what the import writes.
 *
 * @param statements      the statements with the comments attached to them
 * @param noTransaction   whether the tool runs the file outside a transaction (goose
 *                        {@code NO TRANSACTION}, dbmate {@code transaction:false}, Liquibase
 *                        {@code runInTransaction:false}); the import then writes {@code atlas:txmode none}
 */
record UpPart(List<Statement> statements, boolean noTransaction) {

    UpPart {
        statements = List.copyOf(statements);
    }
}
