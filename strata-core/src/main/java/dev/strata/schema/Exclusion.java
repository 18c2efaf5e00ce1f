package dev.strata.schema;

import dev.strata.UsageException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Atlas's {@code --exclude}: glob patterns that take objects out of an inspected realm, the same
 * way on both sides of a diff. In realm scope a pattern is {@code schema}, {@code schema.object}
 * or {@code schema.table.child}; in schema scope the schema part is left out. A part may end with
 * a type selector: {@code [type=schema|extension]} at the first level, {@code table}, {@code view},
 * {@code materialized}, {@code function}, {@code procedure}, {@code sequence}, {@code enum},
 * {@code domain}, {@code composite} at the second, {@code column}, {@code index}, {@code unique},
 * {@code fk}, {@code check}, {@code trigger}, {@code policy} at the third; a part without one
 * applies to every kind.
 *
 * <p>Unlike Atlas, what uses an excluded object goes with it rather than pointing at nothing: a
 * column's indexes, unique constraints, primary key and foreign keys (also those of other tables
 * that reference it), a table's triggers, and foreign keys that reference an excluded table.
 */
public final class Exclusion {

    private final List<ExcludePattern> patterns;
    private final Set<TableRef> droppedTables = new HashSet<>();
    private final Set<String> droppedColumns = new HashSet<>();

    private Exclusion(List<ExcludePattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * Checks patterns without applying them.
     *
     * @throws UsageException naming the first malformed pattern
     */
    public static void validate(List<String> patterns) {
        patterns.forEach(ExcludePattern::parse);
    }

    /** The realm without what the patterns name; patterns start at the schema. */
    public static Realm fromRealm(Realm realm, List<String> patterns) {
        if (patterns.isEmpty()) {
            return realm;
        }
        return new Exclusion(patterns.stream().map(ExcludePattern::parse).toList()).apply(realm);
    }

    /** The realm without what the patterns name, when the scope is one schema: patterns start below it. */
    public static Realm fromSchema(Realm realm, String schema, List<String> patterns) {
        if (patterns.isEmpty()) {
            return realm;
        }
        validate(patterns);
        return fromRealm(realm, patterns.stream().map(p -> ExcludePattern.inSchema(schema, p)).toList());
    }

    private Realm apply(Realm realm) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : realm.schemas()) {
            Schema kept = s;
            for (ExcludePattern p : patterns) {
                if (kept == null || !p.parts().get(0).matches("schema", s.name())) {
                    continue;
                }
                if (p.parts().size() == 1) {
                    kept.tables().forEach(t -> droppedTables.add(new TableRef(s.name(), t.name())));
                    kept = null;
                } else {
                    kept = schema(kept, p.parts().subList(1, p.parts().size()));
                }
            }
            if (kept != null) {
                schemas.add(kept);
            }
        }
        List<Extension> extensions = new ArrayList<>(realm.extensions());
        for (ExcludePattern p : patterns) {
            if (p.parts().size() == 1) {
                extensions.removeIf(e -> p.parts().get(0).matches("extension", e.name()));
            }
        }
        return realm.withSchemas(schemas.stream().map(this::withoutDanglingKeys).toList()).withExtensions(extensions);
    }

    private Schema schema(Schema s, List<ExcludePattern.Part> parts) {
        ExcludePattern.Part part = parts.get(0);
        if (parts.size() == 1) {
            s = s.withViews(keep(s.views(), v -> part.matches(v.materialized() ? "materialized" : "view", v.name())))
                    .withRoutines(keep(s.routines(), r -> part.matches(r.kind().name().toLowerCase(java.util.Locale.ROOT),
                            r.name())))
                    .withSequences(keep(s.sequences(), q -> part.matches("sequence", q.name())))
                    .withTypes(keep(s.types(), t -> part.matches(t.kind(), t.name())));
        }
        List<Table> tables = new ArrayList<>();
        Set<String> searched = new HashSet<>();
        for (Table t : s.tables()) {
            if (!part.matches("table", t.name())) {
                tables.add(t);
            } else if (parts.size() == 1) {
                droppedTables.add(new TableRef(s.name(), t.name()));
            } else {
                tables.add(children(s.name(), t, parts.get(1)));
                searched.add(t.name());
            }
        }
        Set<String> remaining = new HashSet<>();
        tables.forEach(t -> remaining.add(t.name()));
        s.views().forEach(v -> remaining.add(v.name()));
        return s.withTables(tables).withTriggers(keep(s.triggers(), tr -> !remaining.contains(tr.table())
                || searched.contains(tr.table()) && parts.get(1).matches("trigger", tr.name())));
    }

    /** The table without the columns, keys, indexes, checks and policies a part names. */
    private Table children(String schema, Table t, ExcludePattern.Part part) {
        Set<String> columns = new HashSet<>();
        for (Column c : t.columns()) {
            if (part.matches("column", c.name())) {
                columns.add(c.name());
                droppedColumns.add(schema + "\0" + t.name() + "\0" + c.name());
            }
        }
        Table out = t.withColumns(keep(t.columns(), c -> columns.contains(c.name())))
                .withIndexes(keep(t.indexes(), i -> part.matches("index", i.name())
                        || columns.stream().anyMatch(i::uses)))
                .withUniques(keep(t.uniques(), u -> part.matches("unique", u.name()) || part.matches("index", u.name())
                        || columns.stream().anyMatch(u::uses)))
                .withForeignKeys(keep(t.foreignKeys(), f -> part.matches("fk", f.name())
                        || f.columns().stream().anyMatch(columns::contains)))
                .withChecks(keep(t.checks(), c -> part.matches("check", c.name())))
                .withPolicies(keep(t.policies(), p -> part.matches("policy", p.name())));
        if (out.primaryKey() != null && columns.stream().anyMatch(out.primaryKey()::uses)) {
            out = out.withPrimaryKey(null);
        }
        return out;
    }

    /** Drops foreign keys that reference an excluded table or column. */
    private Schema withoutDanglingKeys(Schema s) {
        if (droppedTables.isEmpty() && droppedColumns.isEmpty()) {
            return s;
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            tables.add(t.withForeignKeys(keep(t.foreignKeys(), f -> droppedTables.contains(f.refTable())
                    || f.refColumns().stream().anyMatch(c -> droppedColumns.contains(f.refTable().schema() + "\0"
                    + f.refTable().name() + "\0" + c)))));
        }
        return s.withTables(tables);
    }

    private static <T> List<T> keep(List<T> items, Predicate<T> excluded) {
        return items.stream().filter(excluded.negate()).toList();
    }
}
