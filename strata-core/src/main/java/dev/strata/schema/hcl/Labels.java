package dev.strata.schema.hcl;

import dev.strata.schema.Realm;
import dev.strata.schema.Schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How printed blocks are labelled and referred to. A block is labelled by its name, unless objects
 * of the same block type and name exist in several schemas: then all of them get the schema as a
 * first label ({@code table "s1" "users"}), and references say {@code table.s1.users}, as Atlas
 * qualifies them. An unqualified block whose name is a schema used as a qualifier is qualified
 * too, so {@code table.s1} cannot mean two things.
 */
final class Labels {

    /** Block type to the names of the objects that need the schema label, as "schema\0name". */
    private final Map<String, Set<String>> qualified = new HashMap<>();

    Labels(Realm realm) {
        add(realm, "table", s -> s.tables().stream().map(t -> t.name()).toList());
        add(realm, "view", s -> s.views().stream().filter(v -> !v.materialized()).map(v -> v.name()).toList());
        add(realm, "materialized", s -> s.views().stream().filter(v -> v.materialized()).map(v -> v.name()).toList());
        for (String kind : List.of("enum", "domain", "composite")) {
            add(realm, kind, s -> s.types().stream().filter(t -> t.kind().equals(kind)).map(t -> t.name()).toList());
        }
        add(realm, "sequence", s -> s.sequences().stream().map(q -> q.name()).toList());
        add(realm, "function", s -> s.routines().stream().filter(r -> r.kind().name().equals("FUNCTION"))
                .map(r -> r.name()).toList());
        add(realm, "procedure", s -> s.routines().stream().filter(r -> r.kind().name().equals("PROCEDURE"))
                .map(r -> r.name()).toList());
        add(realm, "trigger", s -> s.triggers().stream().map(t -> t.name()).toList());
    }

    private void add(Realm realm, String type, Function<Schema, List<String>> names) {
        Map<String, Set<String>> schemasByName = new HashMap<>();
        for (Schema s : realm.schemas()) {
            for (String n : names.apply(s)) {
                schemasByName.computeIfAbsent(n, k -> new HashSet<>()).add(s.name());
            }
        }
        Set<String> q = new HashSet<>();
        Set<String> qualifiers = new HashSet<>();
        schemasByName.forEach((n, schemas) -> {
            if (schemas.size() > 1) {
                schemas.forEach(s -> q.add(s + "\0" + n));
                qualifiers.addAll(schemas);
            }
        });
        schemasByName.forEach((n, schemas) -> {
            if (qualifiers.contains(n)) {
                schemas.forEach(s -> q.add(s + "\0" + n));
            }
        });
        qualified.put(type, q);
    }

    boolean isQualified(String type, String schema, String name) {
        return qualified.getOrDefault(type, Set.of()).contains(schema + "\0" + name);
    }

    /** The block's labels. */
    List<String> labels(String type, String schema, String name) {
        return isQualified(type, schema, name) ? List.of(schema, name) : List.of(name);
    }

    /** A reference to the block: {@code table.users} or {@code table.s1.users}. */
    String ref(String type, String schema, String name) {
        return isQualified(type, schema, name) ? HclTokens.ref(type, schema, name) : HclTokens.ref(type, name);
    }

    static String schemaRef(String schema) {
        return HclTokens.ref("schema", schema);
    }

    static String columnRef(String column) {
        return HclTokens.ref("column", column);
    }

    /** The columns of another block: {@code [table.t.column.a, ...]}, or of this one ({@code [column.a]}). */
    static String columns(String owner, List<String> columns) {
        return HclTokens.list(columns.stream().map(c -> (owner == null ? "" : owner + ".") + columnRef(c)).toList());
    }
}
