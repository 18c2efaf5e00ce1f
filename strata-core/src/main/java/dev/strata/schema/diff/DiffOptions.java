package dev.strata.schema.diff;

import java.util.Arrays;
import java.util.List;

/**
 * How the {@link Differ} compares two realms.
 *
 * @param renames the renames the user asked for ({@code --rename}); never guessed
 * @param bound   both sides are bound to one schema each (a PostgreSQL URL with {@code search_path},
 *                a MySQL URL naming a database, SQLite's {@code main}): the two are compared as one
 *                schema whatever their names, as Atlas does, and the changes name the current side's schema
 */
public record DiffOptions(List<Rename> renames, boolean bound) {

    public DiffOptions {
        renames = renames == null ? List.of() : List.copyOf(renames);
    }

    /** Compare realms schema by schema, renaming nothing. */
    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), false);
    }

    public DiffOptions withRenames(List<Rename> r) {
        return new DiffOptions(r, bound);
    }

    public DiffOptions withBound(boolean b) {
        return new DiffOptions(renames, b);
    }

    /**
     * A rename, written {@code OLD:NEW} where OLD is a dotted path in the current realm and NEW is a
     * bare name (as Atlas names objects in {@code --exclude}):
     * <ul>
     *   <li>{@code users:members}: the table {@code users} of the bound (or only) schema;</li>
     *   <li>{@code public.users:members}: the table {@code users} of schema {@code public};</li>
     *   <li>{@code users.name:full_name}: the column {@code name} of table {@code users};</li>
     *   <li>{@code public.users.name:full_name}: the same, with the schema.</li>
     * </ul>
     * A two-part path names a table of a schema when the current realm has such a schema and table,
     * else a column of a table of the bound (or only) schema.
     *
     * @param path the old object's path, one to three names
     * @param to   its new name
     */
    public record Rename(List<String> path, String to) {

        public Rename {
            path = List.copyOf(path);
            if (path.isEmpty() || path.size() > 3 || path.stream().anyMatch(String::isEmpty) || to == null
                    || to.isEmpty()) {
                throw new IllegalArgumentException("a rename is [schema.]table:new or [schema.]table.column:new");
            }
        }

        /**
         * Reads {@code OLD:NEW}.
         *
         * @throws IllegalArgumentException naming the spelling at fault, in one line
         */
        public static Rename parse(String spec) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || colon != spec.lastIndexOf(':') || colon == spec.length() - 1
                    || spec.substring(colon + 1).contains(".")) {
                throw new IllegalArgumentException("rename \"" + spec
                        + "\": expected [schema.]table:new or [schema.]table.column:new");
            }
            List<String> path = Arrays.asList(spec.substring(0, colon).split("\\.", -1));
            if (path.size() > 3 || path.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("rename \"" + spec
                        + "\": expected [schema.]table:new or [schema.]table.column:new");
            }
            return new Rename(path, spec.substring(colon + 1));
        }

        @Override
        public String toString() {
            return String.join(".", path) + ":" + to;
        }
    }
}
