package dev.strata.dialect.postgres;

import dev.strata.schema.ColumnType;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import dev.strata.schema.TypeSyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's type names. The normal form is {@code format_type}'s spelling ({@code integer},
 * {@code character varying(255)}, {@code timestamp(3) with time zone}, {@code integer[]}), with the
 * default time precision 6 left out; HCL uses Atlas's names ({@code character_varying(255)},
 * {@code timestamptz(3)}, {@code double_precision}).
 */
public final class PostgresTypeNames implements TypeNames {

    private static final Map<String, String> INTEGERS = Map.ofEntries(
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("integer", "integer"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("smallserial", "smallserial"), Map.entry("serial2", "smallserial"),
            Map.entry("serial", "serial"), Map.entry("serial4", "serial"),
            Map.entry("bigserial", "bigserial"), Map.entry("serial8", "bigserial"),
            Map.entry("xid", "xid"), Map.entry("xid8", "xid8"));

    private static final Map<String, TypeKind> SIMPLE = Map.ofEntries(
            Map.entry("text", TypeKind.STRING), Map.entry("name", TypeKind.STRING),
            Map.entry("bytea", TypeKind.BINARY), Map.entry("date", TypeKind.TIME),
            Map.entry("money", TypeKind.MONEY), Map.entry("uuid", TypeKind.UUID),
            Map.entry("json", TypeKind.JSON), Map.entry("jsonb", TypeKind.JSON), Map.entry("xml", TypeKind.XML),
            Map.entry("inet", TypeKind.NETWORK), Map.entry("cidr", TypeKind.NETWORK),
            Map.entry("macaddr", TypeKind.NETWORK), Map.entry("macaddr8", TypeKind.NETWORK),
            Map.entry("point", TypeKind.SPATIAL), Map.entry("line", TypeKind.SPATIAL),
            Map.entry("lseg", TypeKind.SPATIAL), Map.entry("box", TypeKind.SPATIAL),
            Map.entry("path", TypeKind.SPATIAL), Map.entry("polygon", TypeKind.SPATIAL),
            Map.entry("circle", TypeKind.SPATIAL),
            Map.entry("tsvector", TypeKind.TEXT_SEARCH), Map.entry("tsquery", TypeKind.TEXT_SEARCH),
            Map.entry("int4range", TypeKind.RANGE), Map.entry("int4multirange", TypeKind.RANGE),
            Map.entry("int8range", TypeKind.RANGE), Map.entry("int8multirange", TypeKind.RANGE),
            Map.entry("numrange", TypeKind.RANGE), Map.entry("nummultirange", TypeKind.RANGE),
            Map.entry("tsrange", TypeKind.RANGE), Map.entry("tsmultirange", TypeKind.RANGE),
            Map.entry("tstzrange", TypeKind.RANGE), Map.entry("tstzmultirange", TypeKind.RANGE),
            Map.entry("daterange", TypeKind.RANGE), Map.entry("datemultirange", TypeKind.RANGE),
            Map.entry("oid", TypeKind.OID), Map.entry("regclass", TypeKind.OID),
            Map.entry("regcollation", TypeKind.OID), Map.entry("regconfig", TypeKind.OID),
            Map.entry("regdictionary", TypeKind.OID), Map.entry("regnamespace", TypeKind.OID),
            Map.entry("regoper", TypeKind.OID), Map.entry("regoperator", TypeKind.OID),
            Map.entry("regproc", TypeKind.OID), Map.entry("regprocedure", TypeKind.OID),
            Map.entry("regrole", TypeKind.OID), Map.entry("regtype", TypeKind.OID));

    /** Names Atlas's HCL knows that are no data types of their own (hstore, pseudo-types). */
    private static final Set<String> BARE_OTHERS = Set.of("hstore", "any", "anyelement", "anyarray", "anynonarray",
            "anyenum", "internal", "record", "trigger", "event_trigger", "void", "unknown");

    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second",
            "year to month", "day to hour", "day to minute", "day to second", "hour to minute", "hour to second",
            "minute to second");

    private static final int DEFAULT_TIME_PRECISION = 6;

    private static final Pattern STANDARD_ARRAY = Pattern.compile("(?i)(.*\\S)\\s+array\\s*(?:\\[\\s*\\d*\\s*])?");

    @Override
    public ColumnType parse(String raw, String schema, UserTypes userTypes) {
        String s = raw.strip();
        Matcher standard = STANDARD_ARRAY.matcher(s);
        if (standard.matches()) {
            // the SQL standard's spelling, "varchar(100) ARRAY" or "integer ARRAY[4]": PostgreSQL makes
            // both a plain array of the element type, as it does "varchar(100)[]"
            s = standard.group(1) + "[]";
        }
        if (s.endsWith("]")) {
            int open = s.lastIndexOf('[');
            String base = s.substring(0, open);
            while (base.endsWith("]") && base.lastIndexOf('[') > 0) {
                base = base.substring(0, base.lastIndexOf('['));
            }
            ColumnType element = parse(base, schema, userTypes);
            return ColumnType.of(element.raw() + "[]", TypeKind.ARRAY).withElement(element);
        }
        if (s.equals("\"char\"")) {
            return ColumnType.of(s, TypeKind.STRING).withSize(1);
        }
        if (s.contains("\"")) {
            return user(s, schema, userTypes);
        }
        TypeSyntax t = TypeSyntax.split(s.toLowerCase(Locale.ROOT));
        String name = t.name();
        String words = TypeSyntax.fold(name + " " + t.rest());
        if (INTEGERS.containsKey(words)) {
            return ColumnType.of(INTEGERS.get(words), TypeKind.INTEGER);
        }
        if (SIMPLE.containsKey(words)) {
            return ColumnType.of(words, SIMPLE.get(words));
        }
        switch (name) {
            case "boolean", "bool":
                return ColumnType.of("boolean", TypeKind.BOOLEAN);
            case "real", "float4":
                return ColumnType.of("real", TypeKind.FLOAT);
            case "double precision", "float8":
                return ColumnType.of("double precision", TypeKind.FLOAT);
            case "float": {
                Integer p = t.intArg(0);
                return ColumnType.of(p != null && p <= 24 ? "real" : "double precision", TypeKind.FLOAT);
            }
            case "numeric", "decimal":
                return numeric(t);
            case "character varying", "varchar": {
                Integer n = t.intArg(0);
                return ColumnType.of(n == null ? "character varying" : "character varying(" + n + ")",
                        TypeKind.STRING).withSize(n);
            }
            case "character", "char": {
                int n = t.intArg(0) == null ? 1 : t.intArg(0);
                return ColumnType.of("character(" + n + ")", TypeKind.STRING).withSize(n);
            }
            case "bpchar": {
                Integer n = t.intArg(0);
                return n == null ? ColumnType.of("bpchar", TypeKind.STRING)
                        : ColumnType.of("character(" + n + ")", TypeKind.STRING).withSize(n);
            }
            case "bit": {
                int n = t.intArg(0) == null ? 1 : t.intArg(0);
                return ColumnType.of("bit(" + n + ")", TypeKind.BIT).withSize(n);
            }
            case "bit varying", "varbit": {
                Integer n = t.intArg(0);
                return ColumnType.of(n == null ? "bit varying" : "bit varying(" + n + ")", TypeKind.BIT).withSize(n);
            }
            default:
                break;
        }
        if (words.startsWith("time")) {
            ColumnType time = time(t, words);
            if (time != null) {
                return time;
            }
        }
        if (name.startsWith("interval")) {
            String fields = TypeSyntax.fold(name.substring("interval".length()) + " " + t.rest());
            if (fields.isEmpty() || INTERVAL_FIELDS.contains(fields)) {
                Integer p = precision(t.intArg(0));
                return ColumnType.of("interval" + (fields.isEmpty() ? "" : " " + fields) + (p == null ? "" : "(" + p
                        + ")"), TypeKind.INTERVAL).withPrecision(p, null);
            }
        }
        if (BARE_OTHERS.contains(words)) {
            return ColumnType.of(words, TypeKind.OTHER);
        }
        return user(s, schema, userTypes);
    }

    private static ColumnType numeric(TypeSyntax t) {
        Integer p = t.intArg(0);
        if (p == null) {
            return ColumnType.of("numeric", TypeKind.DECIMAL);
        }
        int scale = t.intArg(1) == null ? 0 : t.intArg(1);
        return ColumnType.of("numeric(" + p + "," + scale + ")", TypeKind.DECIMAL).withPrecision(p, scale);
    }

    private static ColumnType time(TypeSyntax t, String words) {
        String base;
        boolean zone;
        if (words.startsWith("timestamptz")) {
            base = "timestamp";
            zone = true;
        } else if (words.startsWith("timetz")) {
            base = "time";
            zone = true;
        } else if (words.startsWith("timestamp")) {
            base = "timestamp";
            zone = words.endsWith(" with time zone");
        } else {
            base = "time";
            zone = words.endsWith(" with time zone");
        }
        String expected = words.replaceFirst("^(timestamptz|timetz|timestamp|time)", "");
        if (!expected.isEmpty() && !expected.equals(" with time zone") && !expected.equals(" without time zone")) {
            return null;
        }
        Integer p = precision(t.intArg(0));
        String raw = base + (p == null ? "" : "(" + p + ")") + (zone ? " with time zone" : " without time zone");
        return ColumnType.of(raw, TypeKind.TIME).withPrecision(p, null);
    }

    private static Integer precision(Integer p) {
        return p == null || p == DEFAULT_TIME_PRECISION ? null : p;
    }

    private ColumnType user(String s, String schema, UserTypes userTypes) {
        List<String> parts = identifiers(s);
        TypeRef ref = parts.size() == 2 ? new TypeRef(parts.get(0), parts.get(1))
                : schema == null || parts.size() != 1 ? null : new TypeRef(schema, parts.get(0));
        TypeKind kind = ref == null ? null : userTypes.kind(ref);
        if (kind == null && parts.size() == 1 && schema != null && !schema.equals("public")) {
            // An unqualified name from search_path's public schema.
            ref = new TypeRef("public", parts.get(0));
            kind = userTypes.kind(ref);
        }
        return kind == null ? ColumnType.of(s, TypeKind.OTHER) : userType(ref, kind, schema);
    }

    /** A possibly qualified, possibly quoted name: {@code "My Schema".status}. */
    private static List<String> identifiers(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '.') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(Character.toLowerCase(c));
            }
        }
        out.add(cur.toString());
        return out;
    }

    @Override
    public ColumnType userType(TypeRef ref, TypeKind kind, String schema) {
        String raw = (ref.schema().equals(schema) ? "" : ident(ref.schema()) + ".") + ident(ref.name());
        return ColumnType.of(raw, kind).withUserType(ref);
    }

    /** An identifier as format_type prints it: quoted unless it is a plain lower-case word. */
    static String ident(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public Spelling spell(ColumnType type) {
        String raw = type.raw();
        switch (type.kind()) {
            case INTEGER, BOOLEAN, BINARY, MONEY, UUID, JSON, XML, NETWORK, SPATIAL, TEXT_SEARCH, RANGE, OID:
                return Spelling.of(raw);
            case FLOAT:
                return Spelling.of(raw.replace(' ', '_'));
            case DECIMAL:
                return type.precision() == null ? Spelling.of("numeric") : type.scale() == null || type.scale() == 0
                        ? Spelling.of("numeric", type.precision()) : Spelling.of("numeric", type.precision(),
                        type.scale());
            case STRING:
                return string(type);
            case BIT:
                if (raw.startsWith("bit varying")) {
                    return type.size() == null ? Spelling.of("bit_varying") : Spelling.of("bit_varying", type.size());
                }
                return type.size() == 1 ? Spelling.of("bit") : Spelling.of("bit", type.size());
            case TIME:
                return time(type);
            case INTERVAL: {
                String fields = raw.replaceFirst("\\(\\d+\\)$", "").substring("interval".length()).strip();
                String name = fields.isEmpty() ? "interval" : fields.replace(' ', '_');
                return type.precision() == null ? Spelling.of(name) : Spelling.of(name, type.precision());
            }
            case OTHER:
                return BARE_OTHERS.contains(raw) ? Spelling.of(raw) : null;
            default:
                return null;
        }
    }

    private static Spelling string(ColumnType type) {
        String raw = type.raw();
        if (raw.startsWith("character varying")) {
            return type.size() == null ? Spelling.of("character_varying")
                    : Spelling.of("character_varying", type.size());
        }
        if (raw.startsWith("character(")) {
            return Spelling.of("character", type.size());
        }
        return raw.equals("text") || raw.equals("bpchar") || raw.equals("name") ? Spelling.of(raw) : null;
    }

    private static Spelling time(ColumnType type) {
        String raw = type.raw();
        if (raw.equals("date")) {
            return Spelling.of("date");
        }
        String name = (raw.startsWith("timestamp") ? "timestamp" : "time") + (raw.endsWith(" with time zone") ? "tz"
                : "");
        return type.precision() == null ? Spelling.of(name) : Spelling.of(name, type.precision());
    }

    @Override
    public ColumnType fromHcl(String name, List<Object> args, boolean unsigned) {
        if (unsigned) {
            throw new IllegalArgumentException("PostgreSQL has no unsigned types");
        }
        String sql = sqlName(name);
        if (sql == null) {
            return null;
        }
        int max = maxArgs(name);
        if (args.size() > max) {
            throw new IllegalArgumentException(max == 0 ? "type " + name + " takes no arguments"
                    : "type " + name + " takes at most " + max + " argument" + (max == 1 ? "" : "s"));
        }
        List<String> values = new ArrayList<>();
        for (Object a : args) {
            values.add(String.valueOf(TypeSyntax.intOf(a, name)));
        }
        return parse(values.isEmpty() ? sql : sql + "(" + String.join(",", values) + ")");
    }

    private static String sqlName(String name) {
        String spaced = name.replace('_', ' ');
        if (INTERVAL_FIELDS.contains(spaced)) {
            return "interval " + spaced;
        }
        if (INTEGERS.containsKey(name) || SIMPLE.containsKey(name) || BARE_OTHERS.contains(name)) {
            return name;
        }
        return switch (name) {
            case "double_precision", "character_varying", "bit_varying" -> spaced;
            case "bool", "boolean", "real", "float", "float4", "float8", "numeric", "decimal", "varchar", "char",
                    "character", "bpchar", "bit", "time", "timetz", "timestamp", "timestamptz", "interval" -> name;
            default -> null;
        };
    }

    private static int maxArgs(String name) {
        return switch (name) {
            case "numeric", "decimal" -> 2;
            case "float", "varchar", "character_varying", "char", "character", "bpchar", "bit", "bit_varying",
                    "time", "timetz", "timestamp", "timestamptz", "interval", "second", "day_to_second",
                    "hour_to_second", "minute_to_second" -> 1;
            default -> 0;
        };
    }
}
