package dev.strata.down;

/**
 * Data a planned change would lose, counted on the live database.
 *
 * @param object what holds it: {@code table "public.users"}, {@code column "email" of table "public.users"}
 * @param rows   how many rows would lose it
 * @param why    what the change does to them: {@code dropped}, or {@code do not fit varchar(10)}
 */
public record DataLoss(String object, long rows, String why) {

    /** One line: {@code table "public.users" holds 3 rows (dropped)}. */
    public String describe() {
        return object + " holds " + rows + (rows == 1 ? " row" : " rows") + " (" + why + ")";
    }
}
