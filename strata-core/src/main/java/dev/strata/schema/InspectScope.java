package dev.strata.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What an inspection covers, as {@code schema inspect}'s URL and flags say.
 *
 * @param schemas          the schemas to inspect; empty for every user schema (the realm)
 * @param schemaBound      the URL is bound to one schema (PostgreSQL {@code search_path}, the MySQL
 *                         database, SQLite {@code main}): {@code --exclude} patterns start below it
 * @param exclude          Atlas's {@code --exclude} globs (see {@link Exclusion})
 * @param includeRevisions keep Strata's revisions table ({@code atlas_schema_revisions}), left out by default
 */
public record InspectScope(List<String> schemas, boolean schemaBound, List<String> exclude,
                           boolean includeRevisions) {

    /** The revisions table, and the schema Atlas keeps it in when it needs a schema of its own. */
    public static final String REVISIONS = "atlas_schema_revisions";

    public InspectScope {
        schemas = Canon.list(schemas);
        exclude = Canon.list(exclude);
        if (schemaBound && schemas.size() != 1) {
            throw new IllegalArgumentException("a schema-bound inspection names one schema, not " + schemas);
        }
        Exclusion.validate(exclude);
    }

    /** Every user schema. */
    public static InspectScope realm() {
        return new InspectScope(List.of(), false, List.of(), false);
    }

    /** One schema, as a URL bound to it. */
    public static InspectScope schema(String name) {
        return new InspectScope(List.of(name), true, List.of(), false);
    }

    /** The realm limited to these schemas ({@code --schema}). */
    public InspectScope withSchemas(List<String> names) {
        return new InspectScope(names, false, exclude, includeRevisions);
    }

    /**
     * @throws dev.strata.UsageException for a pattern that is not a valid glob
     */
    public InspectScope withExclude(List<String> patterns) {
        return new InspectScope(schemas, schemaBound, patterns, includeRevisions);
    }

    public InspectScope withRevisions(boolean include) {
        return new InspectScope(schemas, schemaBound, exclude, include);
    }

    /** What an inspector returns from what it read: exclusions applied, the revisions table left out unless asked. */
    public Realm apply(Realm realm) {
        Realm r = schemaBound ? Exclusion.fromSchema(realm, schemas.get(0), exclude)
                : Exclusion.fromRealm(realm, exclude);
        if (includeRevisions) {
            return r;
        }
        List<Schema> out = new ArrayList<>();
        for (Schema s : r.schemas()) {
            Schema kept = s.withTables(s.tables().stream().filter(t -> !t.name().equals(REVISIONS)).toList());
            boolean revisionsOnly = s.name().equals(REVISIONS) && kept.equals(Schema.named(REVISIONS));
            if (!revisionsOnly || schemaBound) {
                out.add(kept);
            }
        }
        return r.withSchemas(out);
    }
}
