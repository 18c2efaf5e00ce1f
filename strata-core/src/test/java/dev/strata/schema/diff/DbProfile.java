package dev.strata.schema.diff;

import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Realm;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TypeNames;

import java.util.List;

/**
 * What of a generated realm a database's property run keeps: {@link RandomRealms} makes every
 * kind of object the model has, and each database holds a part of them. The realm is cut down to
 * that part, its types respelled in the dialect's names, and repaired.
 *
 * @param dialect the dialect's name for {@link SchemaDialects}
 */
record DbProfile(String dialect) {

    static final DbProfile SQLITE = new DbProfile("sqlite");

    Realm restrict(Realm r) {
        if (dialect.equals("sqlite")) {
            return sqlite(r);
        }
        throw new IllegalArgumentException(dialect);
    }

    /**
     * SQLite: one schema, {@code main}; tables with integer, text, numeric and boolean columns,
     * literal defaults, keys, indexes, checks, foreign keys, and plain views. No comments, types,
     * sequences, routines or triggers (their SQL is PostgreSQL's).
     */
    private Realm sqlite(Realm r) {
        TypeNames names = SchemaDialects.typeNames("sqlite");
        Schema s0 = r.schema("s0").map(s -> Renaming.rebind(s, "main")).orElse(Schema.named("main"));
        List<Table> tables = s0.tables().stream()
                .map(t -> t.withComment(null).withCharset(null).withCollation(null).withPolicies(List.of())
                        .withRowSecurity(RowSecurity.OFF).withPartitioning(null).withUniques(List.of())
                        .withChecks(t.checks().stream().map(c -> new Check(c.name(), c.expr(), false, true)).toList())
                        .withForeignKeys(t.foreignKeys().stream().filter(f -> f.refTable().schema().equals("main"))
                                .toList())
                        .withColumns(t.columns().stream().map(c -> column(c, names)).toList()))
                .toList();
        Schema main = Schema.named("main").withTables(tables)
                .withViews(s0.views().stream().filter(v -> !v.materialized()).toList());
        return Repair.of(new Realm(List.of(main), List.of(), List.of()));
    }

    private static Column column(Column c, TypeNames names) {
        String raw = switch (c.type().kind()) {
            case STRING -> "text";
            case DECIMAL -> "numeric(10,2)";
            case BOOLEAN -> "boolean";
            default -> "integer";
        };
        ColumnType t = names.parse(raw);
        DefaultValue d = c.defaultValue() instanceof DefaultValue.Expression ? null : c.defaultValue();
        if (d != null && !fits(d, t)) {
            d = null;
        }
        return new Column(c.name(), t, c.nullable(), d, null, false, null, null, null, null, List.of());
    }

    /** A default of the column's kind: a generated default stays with the type it was made for. */
    private static boolean fits(DefaultValue d, ColumnType t) {
        return switch (t.kind()) {
            case STRING -> d instanceof DefaultValue.StringLiteral;
            case BOOLEAN -> d instanceof DefaultValue.BoolLiteral;
            default -> d instanceof DefaultValue.NumberLiteral;
        };
    }
}
