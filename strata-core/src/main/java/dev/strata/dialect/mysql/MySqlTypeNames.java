package dev.strata.dialect.mysql;

import dev.strata.schema.ColumnType;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import dev.strata.schema.TypeSyntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MySQL's and MariaDB's type names. The normal form is MySQL 8's {@code COLUMN_TYPE}: integer
 * display widths dropped (MariaDB's {@code int(11)} is {@code int}) except {@code tinyint(1)}, which
 * is the boolean type; {@code decimal} with its precision and scale; {@code text(n)} and
 * {@code blob(n)} as the type MySQL turns them into. HCL uses Atlas's names ({@code bool},
 * {@code varchar(255)}, {@code enum("a","b")}, and {@code unsigned = true} on the column).
 */
public final class MySqlTypeNames implements TypeNames {

    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final Map<String, TypeKind> SIMPLE = Map.ofEntries(
            Map.entry("date", TypeKind.TIME), Map.entry("year", TypeKind.TIME), Map.entry("json", TypeKind.JSON),
            Map.entry("tinytext", TypeKind.STRING), Map.entry("text", TypeKind.STRING),
            Map.entry("mediumtext", TypeKind.STRING), Map.entry("longtext", TypeKind.STRING),
            Map.entry("tinyblob", TypeKind.BINARY), Map.entry("blob", TypeKind.BINARY),
            Map.entry("mediumblob", TypeKind.BINARY), Map.entry("longblob", TypeKind.BINARY),
            Map.entry("geometry", TypeKind.SPATIAL), Map.entry("point", TypeKind.SPATIAL),
            Map.entry("linestring", TypeKind.SPATIAL), Map.entry("polygon", TypeKind.SPATIAL),
            Map.entry("multipoint", TypeKind.SPATIAL), Map.entry("multilinestring", TypeKind.SPATIAL),
            Map.entry("multipolygon", TypeKind.SPATIAL), Map.entry("geometrycollection", TypeKind.SPATIAL),
            Map.entry("inet4", TypeKind.NETWORK), Map.entry("inet6", TypeKind.NETWORK), Map.entry("uuid", TypeKind.UUID));

    @Override
    public ColumnType parse(String raw, String schema, UserTypes userTypes) {
        TypeSyntax t = TypeSyntax.split(raw);
        List<String> words = new ArrayList<>(Arrays.asList((t.name() + " " + t.rest()).strip().toLowerCase(Locale.ROOT)
                .split(" ")));
        String name = words.remove(0);
        boolean unsigned = words.remove("unsigned");
        boolean zerofill = words.remove("zerofill");
        if (name.equals("double") && words.remove("precision")) {
            name = "double";
        }
        String flags = (unsigned ? " unsigned" : "") + (zerofill ? " zerofill" : "");
        if (!words.isEmpty()) {
            return ColumnType.of(TypeSyntax.fold(raw), TypeKind.OTHER);
        }
        switch (name) {
            case "bool", "boolean":
                return ColumnType.of("tinyint(1)", TypeKind.BOOLEAN);
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint":
                if (name.equals("tinyint") && flags.isEmpty() && Integer.valueOf(1).equals(t.intArg(0))) {
                    return ColumnType.of("tinyint(1)", TypeKind.BOOLEAN);
                }
                return ColumnType.of((name.equals("integer") ? "int" : name) + flags, TypeKind.INTEGER)
                        .withUnsigned(unsigned);
            case "bit": {
                int n = t.intArg(0) == null ? 1 : t.intArg(0);
                return ColumnType.of("bit(" + n + ")", TypeKind.BIT).withSize(n);
            }
            case "decimal", "numeric", "dec", "fixed": {
                int p = t.intArg(0) == null ? 10 : t.intArg(0);
                int s = t.intArg(1) == null ? 0 : t.intArg(1);
                return ColumnType.of("decimal(" + p + "," + s + ")" + flags, TypeKind.DECIMAL).withPrecision(p, s)
                        .withUnsigned(unsigned);
            }
            case "float", "double", "real":
                return floating(name, t, flags, unsigned);
            case "time", "datetime", "timestamp": {
                Integer p = t.intArg(0) == null || t.intArg(0) == 0 ? null : t.intArg(0);
                return ColumnType.of(name + (p == null ? "" : "(" + p + ")"), TypeKind.TIME).withPrecision(p, null);
            }
            case "char", "binary": {
                int n = t.intArg(0) == null ? 1 : t.intArg(0);
                return ColumnType.of(name + "(" + n + ")", name.equals("char") ? TypeKind.STRING : TypeKind.BINARY)
                        .withSize(n);
            }
            case "varchar", "varbinary": {
                Integer n = t.intArg(0);
                TypeKind kind = name.equals("varchar") ? TypeKind.STRING : TypeKind.BINARY;
                return n == null ? ColumnType.of(name, kind) : ColumnType.of(name + "(" + n + ")", kind).withSize(n);
            }
            case "text", "blob":
                return t.intArg(0) == null ? ColumnType.of(name, SIMPLE.get(name)) : sized(name, t.intArg(0));
            case "enum", "set": {
                List<String> values = TypeSyntax.unquoteAll(t.args());
                return ColumnType.of(enumRaw(name, values), name.equals("enum") ? TypeKind.ENUM : TypeKind.SET)
                        .withValues(values);
            }
            case "geomcollection":
                return ColumnType.of("geometrycollection", TypeKind.SPATIAL);
            default:
                return SIMPLE.containsKey(name) && t.args().isEmpty() ? ColumnType.of(name, SIMPLE.get(name))
                        : ColumnType.of(TypeSyntax.fold(raw), TypeKind.OTHER);
        }
    }

    private static ColumnType floating(String name, TypeSyntax t, String flags, boolean unsigned) {
        String base = name.equals("real") ? "double" : name;
        Integer p = t.intArg(0);
        Integer s = t.intArg(1);
        if (base.equals("float") && p != null && s == null) {
            // FLOAT(p) picks single or double precision and keeps no parameter.
            base = p <= 24 ? "float" : "double";
            p = null;
        }
        String raw = base + (p == null ? "" : "(" + p + "," + (s == null ? 0 : s) + ")") + flags;
        return ColumnType.of(raw, TypeKind.FLOAT).withPrecision(p, p == null ? null : s == null ? 0 : s)
                .withUnsigned(unsigned);
    }

    /** {@code text(n)} and {@code blob(n)} become the smallest type that holds n bytes, as MySQL does. */
    private static ColumnType sized(String name, int n) {
        String prefix = n < 256 ? "tiny" : n < 65536 ? "" : n < 16777216 ? "medium" : "long";
        return ColumnType.of(prefix + name, SIMPLE.get(name));
    }

    private static String enumRaw(String name, List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(TypeSyntax.quote(v));
        }
        return name + "(" + String.join(",", quoted) + ")";
    }

    @Override
    public ColumnType userType(TypeRef ref, TypeKind kind, String schema) {
        throw new IllegalArgumentException("MySQL has no user-defined types (" + ref + ")");
    }

    @Override
    public Spelling spell(ColumnType type) {
        String raw = type.raw();
        String base = raw.replace(" unsigned", "");
        switch (type.kind()) {
            case BOOLEAN:
                return Spelling.of("bool");
            case INTEGER:
                return base.contains("zerofill") ? null : new Spelling(base, List.of(), type.unsigned());
            case DECIMAL:
                return new Spelling("decimal", type.scale() == 0 ? List.of(type.precision())
                        : List.of(type.precision(), type.scale()), type.unsigned());
            case FLOAT:
                return new Spelling(base.replaceFirst("\\(.*", ""), type.precision() == null ? List.of()
                        : List.of(type.precision(), type.scale()), type.unsigned());
            case ENUM, SET:
                return new Spelling(type.kind() == TypeKind.ENUM ? "enum" : "set", List.copyOf(type.values()), false);
            case UUID, OTHER:
                return null;
            default:
                break;
        }
        String name = base.replaceFirst("\\(.*", "");
        if (type.size() != null) {
            return Spelling.of(name, type.size());
        }
        return type.precision() != null ? Spelling.of(name, type.precision()) : Spelling.of(name);
    }

    @Override
    public ColumnType fromHcl(String name, List<Object> args, boolean unsigned) {
        if (name.equals("enum") || name.equals("set")) {
            if (args.isEmpty()) {
                throw new IllegalArgumentException("type " + name + " needs at least one value");
            }
            List<String> values = new ArrayList<>();
            args.forEach(a -> values.add(String.valueOf(a)));
            return parse(enumRaw(name, values));
        }
        int max = maxArgs(name);
        if (max < 0) {
            return null;
        }
        if (args.size() > max) {
            throw new IllegalArgumentException(max == 0 ? "type " + name + " takes no arguments"
                    : "type " + name + " takes at most " + max + " argument" + (max == 1 ? "" : "s"));
        }
        if ((name.equals("varchar") || name.equals("varbinary")) && args.isEmpty()) {
            throw new IllegalArgumentException("type " + name + " needs a size: " + name + "(255)");
        }
        List<String> values = new ArrayList<>();
        for (Object a : args) {
            values.add(String.valueOf(TypeSyntax.intOf(a, name)));
        }
        if ((INTEGERS.contains(name) || name.equals("integer")) && !(name.equals("tinyint") && values.equals(List.of("1"))
                && !unsigned)) {
            values.clear(); // A display width changes nothing, but tinyint(1) is MySQL's boolean.
        }
        return parse((values.isEmpty() ? name : name + "(" + String.join(",", values) + ")") + (unsigned ? " unsigned"
                : ""));
    }

    private static int maxArgs(String name) {
        if (INTEGERS.contains(name) || name.equals("integer")) {
            return 1;
        }
        return switch (name) {
            case "decimal", "numeric", "float", "double", "real" -> 2;
            case "bit", "time", "datetime", "timestamp", "year", "varchar", "char", "varbinary", "binary", "blob",
                    "text" -> 1;
            case "bool", "boolean", "date", "json", "tinytext", "mediumtext", "longtext", "tinyblob", "mediumblob",
                    "longblob", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                    "multipolygon", "geometrycollection", "inet4", "inet6" -> 0;
            default -> -1;
        };
    }
}
