package dev.strata.dialect;

import java.util.List;

/**
 * The statements that carry out a list of changes.
 *
 * @param statements    in the order they must run
 * @param transactional whether they can run in one transaction (false on MySQL, whose DDL commits
 *                      on its own, and for PostgreSQL's {@code CREATE INDEX CONCURRENTLY})
 */
public record DdlPlan(List<DdlStatement> statements, boolean transactional) {

    public DdlPlan {
        statements = List.copyOf(statements);
    }

    /** Whether every statement has a reverse. */
    public boolean reversible() {
        return statements.stream().allMatch(DdlStatement::reversible);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
