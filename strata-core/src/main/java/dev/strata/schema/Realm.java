package dev.strata.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a database connection holds: its schemas, sorted by name, and PostgreSQL's extensions.
 *
 * @param schemas    the schemas
 * @param extensions the extensions, sorted by name
 * @param attrs      dialect-only attributes (the server's defaults), sorted by key
 */
public record Realm(List<Schema> schemas, List<Extension> extensions, List<DialectAttr> attrs) {

    public Realm {
        schemas = Canon.sorted(schemas, Comparator.comparing(Schema::name));
        for (int i = 1; i < schemas.size(); i++) {
            if (schemas.get(i).name().equals(schemas.get(i - 1).name())) {
                throw new IllegalArgumentException("schema \"" + schemas.get(i).name() + "\" is given twice");
            }
        }
        extensions = Canon.sorted(extensions, Comparator.comparing(Extension::name));
        attrs = DialectAttr.canonical(attrs);
    }

    public static Realm of(Schema... schemas) {
        return new Realm(List.of(schemas), List.of(), List.of());
    }

    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Table> table(TableRef ref) {
        return schema(ref.schema()).flatMap(s -> s.table(ref.name()));
    }

    public Optional<UserType> type(TypeRef ref) {
        return schema(ref.schema()).flatMap(s -> s.type(ref.name()));
    }

    public Realm withSchemas(List<Schema> s) {
        return new Realm(s, extensions, attrs);
    }

    public Realm withExtensions(List<Extension> e) {
        return new Realm(schemas, e, attrs);
    }

    public Realm withAttrs(List<DialectAttr> a) {
        return new Realm(schemas, extensions, a);
    }
}
