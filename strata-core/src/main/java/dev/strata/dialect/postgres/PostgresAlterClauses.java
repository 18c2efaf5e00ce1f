package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableChange.ColumnChange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The clauses of one {@code ALTER TABLE}: columns, keys, unique constraints, foreign keys and
 * checks, constraint drops first as Atlas orders them. Its reverse is the ALTER of the inverted
 * changes in reverse order; there is none when a generated expression is dropped or an unnamed
 * check added. A serial that comes or goes brings its sequence's CREATE before or DROP after.
 */
final class PostgresAlterClauses {

    private final PostgresDdlWriter w;
    private final PostgresTableDdl tables;
    private final String schema;
    private final Table table;
    private final List<String[]> before = new ArrayList<>();
    private final List<String[]> after = new ArrayList<>();
    private boolean reversible = true;

    PostgresAlterClauses(PostgresDdlWriter w, PostgresTableDdl tables, String schema, Table table) {
        this.w = w;
        this.tables = tables;
        this.schema = schema;
        this.table = table;
    }

    void alter(List<TableChange> changes, Change source) {
        List<TableChange> sorted = new ArrayList<>();
        changes.stream().filter(PostgresAlterClauses::dropsConstraint).forEach(sorted::add);
        changes.stream().filter(c -> !dropsConstraint(c)).forEach(sorted::add);
        List<String> clauses = new ArrayList<>();
        for (TableChange c : sorted) {
            clauses.addAll(clauses(c, true));
        }
        if (clauses.isEmpty()) {
            return;
        }
        List<String> reverse = List.of();
        if (reversible) {
            List<String> rc = new ArrayList<>();
            List<TableChange> inverted = new ArrayList<>();
            for (int i = sorted.size() - 1; i >= 0; i--) {
                inverted.add(invert(sorted.get(i)));
            }
            List<TableChange> inv = new ArrayList<>();
            inverted.stream().filter(PostgresAlterClauses::dropsConstraint).forEach(inv::add);
            inverted.stream().filter(c -> !dropsConstraint(c)).forEach(inv::add);
            for (TableChange c : inv) {
                rc.addAll(clauses(c, false));
            }
            reverse = List.of(w.clauses("ALTER TABLE " + w.name(schema, table.name()), rc));
        }
        before.forEach(s -> w.add(s[0], s[1], s[2], source));
        w.add(w.clauses("ALTER TABLE " + w.name(schema, table.name()), clauses), "modify \"" + table.name()
                + "\" table", reverse, source);
        after.forEach(s -> w.add(s[0], s[1], s[2], source));
    }

    private static boolean dropsConstraint(TableChange c) {
        return c instanceof TableChange.DropPrimaryKey || c instanceof TableChange.DropUnique
                || c instanceof TableChange.DropForeignKey || c instanceof TableChange.DropCheck;
    }

    private List<String> clauses(TableChange c, boolean forward) {
        if (c instanceof TableChange.AddColumn a) {
            return List.of("ADD COLUMN " + tables.column(schema, a.column()));
        }
        if (c instanceof TableChange.DropColumn d) {
            return List.of("DROP COLUMN " + PostgresSql.q(d.column().name()));
        }
        if (c instanceof TableChange.ModifyColumn m) {
            return column(m.from(), m.to(), m.what(), forward);
        }
        if (c instanceof TableChange.AddPrimaryKey a) {
            return List.of("ADD " + tables.primaryKey(a.key()));
        }
        if (c instanceof TableChange.DropPrimaryKey d) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(d.key().name() == null ? table.name() + "_pkey"
                    : d.key().name()));
        }
        if (c instanceof TableChange.ModifyPrimaryKey m) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(m.from().name() == null ? table.name() + "_pkey"
                    : m.from().name()), "ADD " + tables.primaryKey(m.to()));
        }
        if (c instanceof TableChange.AddUnique a) {
            return List.of("ADD " + tables.unique(a.unique()));
        }
        if (c instanceof TableChange.DropUnique d) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(d.unique().name()));
        }
        if (c instanceof TableChange.ModifyUnique m) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(m.from().name()), "ADD " + tables.unique(m.to()));
        }
        if (c instanceof TableChange.AddForeignKey a) {
            return List.of("ADD " + tables.foreignKey(schema, a.key()));
        }
        if (c instanceof TableChange.DropForeignKey d) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(named(d.key().name(), "foreign key")));
        }
        if (c instanceof TableChange.ModifyForeignKey m) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(named(m.from().name(), "foreign key")),
                    "ADD " + tables.foreignKey(schema, m.to()));
        }
        if (c instanceof TableChange.AddCheck a) {
            reversible &= a.check().name() != null;
            return List.of("ADD " + PostgresTableDdl.check(a.check()));
        }
        if (c instanceof TableChange.DropCheck d) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(named(d.check().name(), "check")));
        }
        if (c instanceof TableChange.ModifyCheck m) {
            return List.of("DROP CONSTRAINT " + PostgresSql.q(named(m.from().name(), "check")),
                    "ADD " + PostgresTableDdl.check(m.to()));
        }
        throw new StrataException("table \"" + table.name() + "\": " + c.getClass().getSimpleName()
                + " is not part of an ALTER TABLE");
    }

    private String named(String name, String what) {
        if (name == null) {
            throw new StrataException("table \"" + table.name() + "\": cannot drop an unnamed " + what);
        }
        return name;
    }

    private List<String> column(Column from, Column to, Set<ColumnChange> what, boolean forward) {
        String col = "ALTER COLUMN " + PostgresSql.q(to.name());
        List<String> out = new ArrayList<>();
        for (ColumnChange k : EnumSet.copyOf(what)) {
            switch (k) {
                case TYPE -> out.addAll(type(from, to, forward));
                case COLLATION -> {
                    if (!what.contains(ColumnChange.TYPE)) {
                        out.add(col + " TYPE " + w.type(to.type(), schema) + collate(to));
                    }
                }
                case NULL -> {
                    if (to.nullable() && to.type().raw().endsWith("serial")) {
                        throw new StrataException("NOT NULL constraint is required for " + to.type().raw()
                                + " column \"" + to.name() + "\"");
                    }
                    out.add(col + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
                }
                case DEFAULT -> {
                    if (!isSerial(to)) {
                        out.add(to.defaultValue() == null ? col + " DROP DEFAULT" : col + " SET DEFAULT "
                                + PostgresDdlWriter.literal(to.defaultValue(), to.type()));
                    }
                }
                case IDENTITY -> {
                    if (to.identity() == null) {
                        out.add(col + " DROP IDENTITY");
                    } else if (from.identity() == null) {
                        out.add(col + " ADD " + PostgresTableDdl.identity(to.identity()));
                    } else {
                        out.add(col + " SET GENERATED " + (to.identity().generation()
                                == dev.strata.schema.Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT")
                                + " SET START WITH " + to.identity().start() + " SET INCREMENT BY "
                                + to.identity().increment());
                    }
                }
                case GENERATED -> {
                    if (to.generated() != null && from.generated() == null) {
                        throw new StrataException("changing column \"" + to.name()
                                + "\" to generated column is not supported (drop and add is required)");
                    }
                    if (to.generated() != null) {
                        throw new StrataException("changing the generation expression for a column \"" + to.name()
                                + "\" is not supported");
                    }
                    reversible = false;
                    out.add(col + " DROP EXPRESSION");
                }
                case COMMENT -> {
                    // COMMENT ON COLUMN is a statement of its own (PostgresAlterDdl).
                }
                default -> throw new StrataException("column \"" + to.name() + "\": PostgreSQL columns have no "
                        + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        return out;
    }

    private static boolean isSerial(Column c) {
        return c.type().raw().endsWith("serial");
    }

    private static String base(String serial) {
        return switch (serial) {
            case "smallserial" -> "smallint";
            case "serial" -> "integer";
            default -> "bigint";
        };
    }

    private List<String> type(Column from, Column to, boolean forward) {
        String col = "ALTER COLUMN " + PostgresSql.q(to.name());
        String seq = w.name(schema, table.name() + "_" + to.name() + "_seq");
        String create = "CREATE SEQUENCE IF NOT EXISTS " + seq + " OWNED BY " + w.name(schema, table.name()) + "."
                + PostgresSql.q(to.name());
        String drop = "DROP SEQUENCE IF EXISTS " + seq;
        if (isSerial(from) && !isSerial(to)) {
            if (forward) {
                after.add(new String[]{drop, "drop sequence used by serial column \"" + from.name() + "\"", create});
            }
            List<String> out = new ArrayList<>(List.of(col + " DROP DEFAULT"));
            if (!base(from.type().raw()).equals(to.type().raw())) {
                out.add(col + " TYPE " + w.type(to.type(), schema));
            }
            return out;
        }
        if (!isSerial(from) && isSerial(to)) {
            if (forward) {
                before.add(new String[]{create, "create sequence for serial column \"" + to.name() + "\"", drop});
            }
            String seqText = (w.options.qualifier() == null ? PostgresSql.q(schema) + "." : "")
                    + PostgresSql.q(table.name() + "_" + to.name() + "_seq");
            List<String> out = new ArrayList<>(List.of(col + " SET DEFAULT nextval('" + seqText.replace("'", "''")
                    + "')"));
            if (!base(to.type().raw()).equals(from.type().raw())) {
                out.add(col + " TYPE " + base(to.type().raw()));
            }
            return out;
        }
        if (isSerial(from) && isSerial(to)) {
            return List.of(col + " TYPE " + base(to.type().raw()));
        }
        String t = w.type(to.type(), schema);
        // An enum or other user type has no cast to most types but has one to text: go through it.
        String via = from.type().userType() != null && to.type().userType() == null ? "::text" : "";
        String using = PostgresAlterDdl.needsUsing(from, to) ? " USING " + PostgresSql.q(to.name()) + via + "::" + t
                : "";
        return List.of(col + " TYPE " + t + collate(to) + using);
    }

    private static String collate(Column c) {
        return c.collation() == null ? "" : " COLLATE " + PostgresSql.q(c.collation());
    }

    private static TableChange invert(TableChange c) {
        if (c instanceof TableChange.AddColumn a) {
            return new TableChange.DropColumn(a.column());
        }
        if (c instanceof TableChange.DropColumn d) {
            return new TableChange.AddColumn(d.column());
        }
        if (c instanceof TableChange.ModifyColumn m) {
            Set<ColumnChange> what = EnumSet.copyOf(m.what());
            what.remove(ColumnChange.GENERATED);
            what.remove(ColumnChange.COMMENT);
            return what.isEmpty() ? new TableChange.ModifyColumn(m.to(), m.from(), Set.of(ColumnChange.NULL))
                    : new TableChange.ModifyColumn(m.to(), m.from(), what);
        }
        if (c instanceof TableChange.AddPrimaryKey a) {
            return new TableChange.DropPrimaryKey(a.key());
        }
        if (c instanceof TableChange.DropPrimaryKey d) {
            return new TableChange.AddPrimaryKey(d.key());
        }
        if (c instanceof TableChange.ModifyPrimaryKey m) {
            return new TableChange.ModifyPrimaryKey(m.to(), m.from());
        }
        if (c instanceof TableChange.AddUnique a) {
            return new TableChange.DropUnique(a.unique());
        }
        if (c instanceof TableChange.DropUnique d) {
            return new TableChange.AddUnique(d.unique());
        }
        if (c instanceof TableChange.ModifyUnique m) {
            return new TableChange.ModifyUnique(m.to(), m.from());
        }
        if (c instanceof TableChange.AddForeignKey a) {
            return new TableChange.DropForeignKey(a.key());
        }
        if (c instanceof TableChange.DropForeignKey d) {
            return new TableChange.AddForeignKey(d.key());
        }
        if (c instanceof TableChange.ModifyForeignKey m) {
            return new TableChange.ModifyForeignKey(m.to(), m.from());
        }
        if (c instanceof TableChange.AddCheck a) {
            return new TableChange.DropCheck(a.check());
        }
        if (c instanceof TableChange.DropCheck d) {
            return new TableChange.AddCheck(d.check());
        }
        if (c instanceof TableChange.ModifyCheck m) {
            return new TableChange.ModifyCheck(m.to(), m.from());
        }
        return c;
    }
}
