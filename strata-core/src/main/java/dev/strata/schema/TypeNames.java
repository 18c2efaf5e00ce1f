package dev.strata.schema;

import java.util.List;

/**
 * One dialect's type names: its normal form of a type's spelling, and how Atlas's HCL spells it.
 * Inspectors and the HCL reader build every {@link ColumnType} through {@link #parse}, so both give
 * equal records for the same type. Implementations live in the dialect packages
 * ({@code PostgresTypeNames}); {@code dev.strata.dialect.SchemaDialects} finds them.
 */
public interface TypeNames {

    /**
     * The type the database's spelling means, in the dialect's normal form. A name the dialect does
     * not know is looked up in {@code userTypes} (qualified by {@code schema} when it has no schema),
     * and otherwise kept as written with the kind {@link TypeKind#OTHER}.
     *
     * @param raw       the spelling, as a catalog or a {@code sql("...")} gives it
     * @param schema    the schema of the object that uses the type, for unqualified user types; may be null
     * @param userTypes the user-defined types the schema(s) have
     */
    ColumnType parse(String raw, String schema, UserTypes userTypes);

    /** {@link #parse(String, String, UserTypes)} without user-defined types. */
    default ColumnType parse(String raw) {
        return parse(raw, null, UserTypes.NONE);
    }

    /**
     * The type of a column whose type is the user-defined type {@code ref}, used from {@code schema}
     * (the type name is qualified when the schemas differ).
     */
    ColumnType userType(TypeRef ref, TypeKind kind, String schema);

    /** How HCL spells the type, or null when it has no name there and prints as {@code sql("raw")}. */
    Spelling spell(ColumnType type);

    /**
     * The type an HCL type name and its arguments stand for, or null when the dialect has no type
     * of that name.
     *
     * @param name     the name as written ({@code varchar}, {@code double_precision})
     * @param args     the call's arguments (numbers as {@code BigDecimal}, strings), empty for a bare name
     * @param unsigned MySQL's column attribute {@code unsigned = true}
     * @throws IllegalArgumentException when the arguments do not fit the type
     */
    ColumnType fromHcl(String name, List<Object> args, boolean unsigned);

    /**
     * A type's name in HCL: a bare name ({@code integer}), or a call ({@code varchar(255)},
     * {@code enum("a","b")}) when it has arguments.
     *
     * @param name     the name
     * @param args     the arguments: {@code Integer}s or {@code String}s
     * @param unsigned printed as the column attribute {@code unsigned = true} (MySQL)
     */
    record Spelling(String name, List<Object> args, boolean unsigned) {
        public Spelling {
            args = List.copyOf(args);
        }

        public static Spelling of(String name, Object... args) {
            return new Spelling(name, List.of(args), false);
        }
    }

    /** Tells the kind of a user-defined type, or null when there is no such type. */
    @FunctionalInterface
    interface UserTypes {
        UserTypes NONE = ref -> null;

        TypeKind kind(TypeRef ref);
    }
}
