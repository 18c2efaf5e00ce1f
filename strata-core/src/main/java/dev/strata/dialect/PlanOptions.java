package dev.strata.dialect;

/**
 * How a plan is written.
 *
 * @param qualifier         null to qualify every name with its schema (a realm plan); empty to write
 *                          names unqualified (both sides bound to one schema: the statements run on
 *                          the bound schema as they are); otherwise the schema name to write
 * @param indent            empty for one statement per line; else the indent of a multi-line statement's
 *                          inner lines (Atlas's {@code {{ sql . "  " }}})
 * @param concurrentIndexes PostgreSQL: create and drop indexes of existing tables {@code CONCURRENTLY}
 *                          (the plan is then not transactional)
 */
public record PlanOptions(String qualifier, String indent, boolean concurrentIndexes) {

    /** Qualified names, one statement per line. */
    public static final PlanOptions DEFAULT = new PlanOptions(null, "", false);

    public PlanOptions {
        indent = indent == null ? "" : indent;
    }

    public PlanOptions withQualifier(String q) {
        return new PlanOptions(q, indent, concurrentIndexes);
    }

    public PlanOptions withIndent(String i) {
        return new PlanOptions(qualifier, i, concurrentIndexes);
    }

    public PlanOptions withConcurrentIndexes(boolean c) {
        return new PlanOptions(qualifier, indent, c);
    }
}
