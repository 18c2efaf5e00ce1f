package dev.strata.dialect;

import dev.strata.schema.Change;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns schema changes into this database's DDL, in an order the database accepts, each statement
 * with its reverse: Atlas's {@code PlanApplier.PlanChanges}. One implementation per dialect
 * ({@code PostgresDdl}, ...), handed out by {@link Dialect#ddlPlanner(Session)}.
 */
public interface DdlPlanner {

    /**
     * Plans the changes.
     *
     * @throws dev.strata.StrataException when a change cannot be planned on this database (a
     *                                    PostgreSQL partition key changed in place), naming it
     */
    DdlPlan plan(List<Change> changes, PlanOptions options);

    /**
     * The same statements, handed on one by one as they are planned, for a caller that prints them
     * and keeps none (a large schema's creation is megabytes of statements and their reverses).
     */
    default void plan(List<Change> changes, PlanOptions options, Consumer<DdlStatement> out) {
        plan(changes, options).statements().forEach(out);
    }
}
