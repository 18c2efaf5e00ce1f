package dev.strata.dialect.postgres;

import dev.strata.dialect.Jdbc;
import dev.strata.schema.Check;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import dev.strata.schema.UserType;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads enum, domain and composite types (one query per kind over every schema inspected) and the
 * database's extensions. Types first: columns, domains and composite fields refer to them.
 */
final class PostgresTypeReader {

    /** Not a type, schema or table an extension created. */
    static final String NOT_EXTENSION = """
            NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '%s'::regclass
                        AND d.objid = %s AND d.deptype = 'e')""";

    private static final String ENUMS = """
            SELECT n.nspname, t.typname, obj_description(t.oid, 'pg_type'),
                   ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
            FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname = ANY(?) AND\s""" + NOT_EXTENSION.formatted("pg_catalog.pg_type", "t.oid")
            + "\nORDER BY 1, 2";

    private static final String DOMAINS = """
            SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), NOT t.typnotnull, t.typdefault,
                   CASE WHEN t.typcollation <> b.typcollation THEN co.collname END, obj_description(t.oid, 'pg_type'),
                   ARRAY(SELECT c.conname FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'
                         ORDER BY c.conname),
                   ARRAY(SELECT pg_get_expr(c.conbin, 0) FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid
                         AND c.contype = 'c' ORDER BY c.conname)
            FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
            WHERE t.typtype = 'd' AND n.nspname = ANY(?) AND\s""" + NOT_EXTENSION.formatted("pg_catalog.pg_type", "t.oid")
            + "\nORDER BY 1, 2";

    private static final String COMPOSITES = """
            SELECT n.nspname, t.typname, obj_description(t.oid, 'pg_type'), a.attname,
                   format_type(a.atttypid, a.atttypmod), CASE WHEN a.attcollation <> at.typcollation THEN co.collname END
            FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            WHERE t.typtype = 'c' AND n.nspname = ANY(?) AND\s""" + NOT_EXTENSION.formatted("pg_catalog.pg_type", "t.oid")
            + "\nORDER BY 1, 2, a.attnum";

    private static final String EXTENSIONS = """
            SELECT e.extname, n.nspname, e.extversion, obj_description(e.oid, 'pg_extension')
            FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            ORDER BY 1""";

    private record Raw(String schema, String name, String comment, List<String> a, List<String> b, List<String> c,
                       String base, boolean nullable, String def, String collation) {
    }

    private final Jdbc jdbc;
    private final Object schemas;
    private final Map<TypeRef, TypeKind> kinds = new HashMap<>();

    PostgresTypeReader(Jdbc jdbc, Object schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    /** What a name refers to, once {@link #read} ran. */
    TypeNames.UserTypes userTypes() {
        return kinds::get;
    }

    /** The types by schema name. */
    Map<String, List<UserType>> read(TypeNames names) throws SQLException {
        Map<String, List<UserType>> out = new HashMap<>();
        List<Raw> domains = new ArrayList<>();
        List<Raw> composites = new ArrayList<>();
        jdbc.forEach(ENUMS, rs -> {
            kinds.put(new TypeRef(rs.getString(1), rs.getString(2)), TypeKind.ENUM);
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new EnumType(rs.getString(2),
                    PostgresConstraintReader.strings(rs.getArray(4)), rs.getString(3)));
        }, schemas);
        jdbc.forEach(DOMAINS, rs -> {
            kinds.put(new TypeRef(rs.getString(1), rs.getString(2)), TypeKind.DOMAIN);
            domains.add(new Raw(rs.getString(1), rs.getString(2), rs.getString(7),
                    PostgresConstraintReader.strings(rs.getArray(8)), PostgresConstraintReader.strings(rs.getArray(9)),
                    List.of(), rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6)));
        }, schemas);
        jdbc.forEach(COMPOSITES, rs -> {
            TypeRef ref = new TypeRef(rs.getString(1), rs.getString(2));
            kinds.put(ref, TypeKind.COMPOSITE);
            Raw last = composites.isEmpty() ? null : composites.get(composites.size() - 1);
            if (last == null || !last.schema().equals(ref.schema()) || !last.name().equals(ref.name())) {
                last = new Raw(ref.schema(), ref.name(), rs.getString(3), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>(), null, true, null, null);
                composites.add(last);
            }
            last.a().add(rs.getString(4));
            last.b().add(rs.getString(5));
            last.c().add(rs.getString(6));
        }, schemas);
        TypeNames.UserTypes user = userTypes();
        for (Raw d : domains) {
            ColumnType base = names.parse(d.base(), d.schema(), user);
            List<Check> checks = new ArrayList<>();
            for (int i = 0; i < d.a().size(); i++) {
                checks.add(Check.of(d.a().get(i), d.b().get(i)));
            }
            out.computeIfAbsent(d.schema(), k -> new ArrayList<>()).add(new DomainType(d.name(), base, d.nullable(),
                    PostgresDefaults.of(d.def(), base), checks, d.collation(), d.comment()));
        }
        for (Raw c : composites) {
            List<CompositeType.Field> fields = new ArrayList<>();
            for (int i = 0; i < c.a().size(); i++) {
                fields.add(new CompositeType.Field(c.a().get(i), names.parse(c.b().get(i), c.schema(), user),
                        c.c().get(i)));
            }
            out.computeIfAbsent(c.schema(), k -> new ArrayList<>()).add(new CompositeType(c.name(), fields,
                    c.comment()));
        }
        return out;
    }

    List<Extension> extensions() throws SQLException {
        return jdbc.query(EXTENSIONS, rs -> new Extension(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)));
    }
}
