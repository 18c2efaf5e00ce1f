package dev.strata.dialect.sqlite;

import dev.strata.schema.ColumnType;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import dev.strata.schema.TypeSyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQLite's type names. SQLite keeps the declared type as written and compares by affinity; the
 * normal form is a known name in lower case with its arguments ({@code varchar(255)},
 * {@code unsigned big int}), an unknown one as declared, and no type at all as {@code blob}, as
 * Atlas does. HCL uses Atlas's names, with spaces as underscores ({@code unsigned_big_int}).
 */
public final class SqliteTypeNames implements TypeNames {

    private static final Map<String, TypeKind> KNOWN = Map.ofEntries(
            Map.entry("bool", TypeKind.BOOLEAN), Map.entry("boolean", TypeKind.BOOLEAN),
            Map.entry("blob", TypeKind.BINARY),
            Map.entry("int2", TypeKind.INTEGER), Map.entry("int8", TypeKind.INTEGER), Map.entry("int", TypeKind.INTEGER),
            Map.entry("uint64", TypeKind.INTEGER), Map.entry("integer", TypeKind.INTEGER),
            Map.entry("tinyint", TypeKind.INTEGER), Map.entry("smallint", TypeKind.INTEGER),
            Map.entry("mediumint", TypeKind.INTEGER), Map.entry("bigint", TypeKind.INTEGER),
            Map.entry("unsigned big int", TypeKind.INTEGER),
            Map.entry("real", TypeKind.FLOAT), Map.entry("double", TypeKind.FLOAT),
            Map.entry("double precision", TypeKind.FLOAT), Map.entry("float", TypeKind.FLOAT),
            Map.entry("numeric", TypeKind.DECIMAL), Map.entry("decimal", TypeKind.DECIMAL),
            Map.entry("char", TypeKind.STRING), Map.entry("character", TypeKind.STRING),
            Map.entry("varchar", TypeKind.STRING), Map.entry("varying character", TypeKind.STRING),
            Map.entry("nchar", TypeKind.STRING), Map.entry("native character", TypeKind.STRING),
            Map.entry("nvarchar", TypeKind.STRING), Map.entry("text", TypeKind.STRING), Map.entry("clob", TypeKind.STRING),
            Map.entry("json", TypeKind.JSON), Map.entry("jsonb", TypeKind.JSON),
            Map.entry("date", TypeKind.TIME), Map.entry("datetime", TypeKind.TIME), Map.entry("time", TypeKind.TIME),
            Map.entry("timestamp", TypeKind.TIME), Map.entry("uuid", TypeKind.UUID));

    /** The names Atlas's SQLite HCL accepts (not char, time, timestamp: those print as sql("...")). */
    private static final List<String> HCL_NAMES = List.of("real", "blob", "text", "integer", "int", "tinyint",
            "smallint", "mediumint", "bigint", "unsigned_big_int", "int2", "int8", "uint64", "double",
            "double_precision", "float", "character", "varchar", "varying_character", "nchar", "native_character",
            "nvarchar", "clob", "numeric", "decimal", "bool", "boolean", "date", "datetime", "json", "uuid", "jsonb");

    @Override
    public ColumnType parse(String raw, String schema, UserTypes userTypes) {
        if (raw == null || raw.isBlank()) {
            return ColumnType.of("blob", TypeKind.BINARY);
        }
        TypeSyntax t = TypeSyntax.split(raw.toLowerCase(Locale.ROOT));
        TypeKind kind = KNOWN.get(t.name());
        if (kind == null || !t.rest().isEmpty() || t.args().stream().anyMatch(a -> !a.matches("\\d+"))) {
            return ColumnType.of(TypeSyntax.fold(raw), TypeKind.OTHER);
        }
        String canonical = t.args().isEmpty() ? t.name() : t.name() + "(" + String.join(",", t.args()) + ")";
        ColumnType type = ColumnType.of(canonical, kind);
        if (kind == TypeKind.DECIMAL) {
            return type.withPrecision(t.intArg(0), t.intArg(1));
        }
        return t.intArg(0) == null ? type : type.withSize(t.intArg(0));
    }

    @Override
    public ColumnType userType(TypeRef ref, TypeKind kind, String schema) {
        throw new IllegalArgumentException("SQLite has no user-defined types (" + ref + ")");
    }

    @Override
    public Spelling spell(ColumnType type) {
        if (type.kind() == TypeKind.OTHER) {
            return null;
        }
        TypeSyntax t = TypeSyntax.split(type.raw());
        String name = t.name().replace(' ', '_');
        if (!HCL_NAMES.contains(name)) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < t.args().size(); i++) {
            args.add(t.intArg(i));
        }
        return new Spelling(name, args, false);
    }

    @Override
    public ColumnType fromHcl(String name, List<Object> args, boolean unsigned) {
        if (!HCL_NAMES.contains(name)) {
            return null;
        }
        if (unsigned) {
            throw new IllegalArgumentException("SQLite has no unsigned attribute; use unsigned_big_int");
        }
        int max = name.equals("numeric") || name.equals("decimal") || name.equals("real") ? 2 : 1;
        if (args.size() > max) {
            throw new IllegalArgumentException("type " + name + " takes at most " + max + " argument"
                    + (max == 1 ? "" : "s"));
        }
        List<String> values = new ArrayList<>();
        for (Object a : args) {
            values.add(String.valueOf(TypeSyntax.intOf(a, name)));
        }
        String sql = name.replace('_', ' ');
        return parse(values.isEmpty() ? sql : sql + "(" + String.join(",", values) + ")");
    }
}
