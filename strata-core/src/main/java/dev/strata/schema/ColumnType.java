package dev.strata.schema;

import java.util.List;

/**
 * A column's type: the database's spelling and what it means.
 *
 * <p>Build it with the dialect's {@link TypeNames#parse(String)}, never by hand: the raw spelling is
 * the dialect's normal form (PostgreSQL {@code integer} for {@code int4}, MySQL {@code int} for
 * MariaDB's {@code int(11)}), and every other component follows from it, so an inspected type and
 * one read from HCL are equal records.
 *
 * @param raw       the type as the database spells it, in the dialect's normal form
 * @param kind      its family
 * @param size      the length of a string, binary or bit type, when given
 * @param precision the precision of a decimal, float or time type, when given
 * @param scale     the scale of a decimal type, when given
 * @param unsigned  MySQL's {@code UNSIGNED}
 * @param element   an array's element type
 * @param userType  the enum, domain or composite type a user-defined type names
 * @param values    the values of MySQL's inline {@code enum(...)} and {@code set(...)}
 */
public record ColumnType(String raw, TypeKind kind, Integer size, Integer precision, Integer scale, boolean unsigned,
                         ColumnType element, TypeRef userType, List<String> values) {

    public ColumnType {
        Canon.require(raw, "a type");
        if (kind == null) {
            throw new IllegalArgumentException("a type needs a kind");
        }
        values = Canon.list(values);
    }

    /** A type with no parameters. */
    public static ColumnType of(String raw, TypeKind kind) {
        return new ColumnType(raw, kind, null, null, null, false, null, null, List.of());
    }

    public ColumnType withSize(Integer n) {
        return new ColumnType(raw, kind, n, precision, scale, unsigned, element, userType, values);
    }

    public ColumnType withPrecision(Integer p, Integer s) {
        return new ColumnType(raw, kind, size, p, s, unsigned, element, userType, values);
    }

    public ColumnType withUnsigned(boolean u) {
        return new ColumnType(raw, kind, size, precision, scale, u, element, userType, values);
    }

    public ColumnType withElement(ColumnType e) {
        return new ColumnType(raw, kind, size, precision, scale, unsigned, e, userType, values);
    }

    public ColumnType withUserType(TypeRef ref) {
        return new ColumnType(raw, kind, size, precision, scale, unsigned, element, ref, values);
    }

    public ColumnType withValues(List<String> v) {
        return new ColumnType(raw, kind, size, precision, scale, unsigned, element, userType, v);
    }

    @Override
    public String toString() {
        return raw;
    }
}
