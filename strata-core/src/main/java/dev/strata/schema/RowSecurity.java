package dev.strata.schema;

/**
 * PostgreSQL's row-level security switches of a table.
 *
 * @param enabled {@code ENABLE ROW LEVEL SECURITY}
 * @param forced  {@code FORCE ROW LEVEL SECURITY}: the policies apply to the table's owner too
 */
public record RowSecurity(boolean enabled, boolean forced) {

    /** Neither enabled nor forced: every table's state unless said otherwise. */
    public static final RowSecurity OFF = new RowSecurity(false, false);
}
