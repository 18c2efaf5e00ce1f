package dev.strata.report;

import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;

/**
 * A DDL plan as text, laid out as Atlas's migration file formatter lays it out: for each statement
 * its comment ({@code -- Create "users" table}, first letter upper-cased) and the statement with a
 * semicolon, each on its own line. {@code schema inspect --format '{{ sql . }}'}, {@code schema diff},
 * the plan {@code schema apply} shows and the file {@code migrate diff} writes all print it.
 */
public final class PlanText {

    /** The header of the plan {@code schema apply} shows. */
    public static final String PLANNED = "-- Planned Changes:\n";

    private PlanText() {
    }

    /** The statements with their comments. */
    public static String statements(DdlPlan plan) {
        StringBuilder b = new StringBuilder();
        for (DdlStatement s : plan.statements()) {
            b.append(statement(s));
        }
        return b.toString();
    }

    /** The text of one statement of {@link #statements}: its comment, the statement and its semicolon. */
    public static String statement(DdlStatement s) {
        String c = s.comment();
        String head = c == null || c.isEmpty() ? "" : "-- " + Character.toUpperCase(c.charAt(0)) + c.substring(1) + "\n";
        return head + s.sql() + ";\n";
    }

    /**
     * A migration file of the plan: {@code -- atlas:txmode none} and a blank line first when a statement
     * cannot run inside a transaction (the caller knows: on MySQL a plan is not transactional only
     * because DDL commits on its own, and Atlas writes no directive for it).
     */
    public static String migrationFile(DdlPlan plan, boolean outsideTransaction) {
        return (outsideTransaction ? "-- atlas:txmode none\n\n" : "") + statements(plan);
    }

    /**
     * The plan as one JSON document: {@code {"Changes":[{"Comment":..,"Cmd":..,"Reverse":[..]}]}}, the
     * fields of Atlas's {@code migrate.Change}; {@code {}} when there is nothing to do.
     */
    public static String json(DdlPlan plan) {
        Json j = new Json().open();
        if (!plan.isEmpty()) {
            j.openArray("Changes");
            for (DdlStatement s : plan.statements()) {
                j.open().fieldOmitEmpty("Comment", s.comment()).field("Cmd", s.sql());
                if (s.reversible()) {
                    j.strings("Reverse", s.reverse());
                }
                j.close();
            }
            j.closeArray();
        }
        return j.close().toString();
    }

    /**
     * The statements under one key, as Atlas's {@code {{ json .Changes }}} of {@code schema apply}:
     * {@code {"Applied":["CREATE TABLE ..."]}} or {@code {"Pending":[...]}}.
     */
    public static String changesJson(String key, DdlPlan plan) {
        return new Json().open().strings(key, plan.statements().stream().map(DdlStatement::sql).toList()).close()
                .toString();
    }
}
