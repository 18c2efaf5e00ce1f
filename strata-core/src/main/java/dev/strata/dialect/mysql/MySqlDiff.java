package dev.strata.dialect.mysql;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Table;
import dev.strata.schema.TypeKind;
import dev.strata.schema.diff.DiffDialect;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What counts as the same on MySQL and MariaDB (Atlas's {@code sql/mysql/diff.go}): integer types by
 * name and sign whatever their display width, enums and sets by their values, literal defaults by
 * value ({@code 0}, {@code false} and {@code '0'} on a number or bool column), and MariaDB's
 * {@code current_timestamp()} as MySQL's {@code CURRENT_TIMESTAMP}.
 */
public final class MySqlDiff implements DiffDialect {

    private static final MySqlTypeNames TYPES = new MySqlTypeNames();

    /**
     * RENAME TABLE also renames the foreign keys named {@code <old>_ibfk_<n>} (the names MySQL and
     * MariaDB give unnamed ones) to {@code <new>_ibfk_<n>}; found by the MariaDB property suite.
     */
    @Override
    public Table renamed(Table table, String newName) {
        String prefix = table.name() + "_ibfk_";
        List<ForeignKey> keys = table.foreignKeys().stream().map(f -> f.name() == null || !f.name().startsWith(prefix) ? f
                : new ForeignKey(newName + "_ibfk_" + f.name().substring(prefix.length()), f.columns(), f.refTable(),
                        f.refColumns(), f.onUpdate(), f.onDelete(), f.deferrable(), f.attrs())).toList();
        return table.withName(newName).withForeignKeys(keys);
    }

    @Override
    public boolean sameType(Column from, Column to) {
        ColumnType a = from.type();
        ColumnType b = to.type();
        if (a.equals(b)) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        return TYPES.parse(a.raw()).equals(TYPES.parse(b.raw()));
    }

    @Override
    public boolean sameDefault(Column from, Column to) {
        DefaultValue a = from.defaultValue();
        DefaultValue b = to.defaultValue();
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        String x = normal(to.type(), a);
        String y = normal(to.type(), b);
        return x != null && x.equals(y);
    }

    /** A default's value for comparison: numbers by value, booleans as 0/1, expressions without case or wrapping parens. */
    static String normal(ColumnType type, DefaultValue d) {
        String v;
        if (d instanceof DefaultValue.BoolLiteral bl) {
            v = bl.value() ? "1" : "0";
        } else if (d instanceof DefaultValue.NumberLiteral n) {
            v = n.value();
        } else if (d instanceof DefaultValue.StringLiteral s) {
            v = s.value();
        } else {
            v = ((DefaultValue.Expression) d).sql().strip();
            while (v.startsWith("(") && v.endsWith(")")) {
                v = v.substring(1, v.length() - 1).strip();
            }
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.matches("current_timestamp(\\(\\))?|now\\(\\)")) {
                return "current_timestamp";
            }
            if (lower.matches("(current_timestamp|now)\\(\\d\\)")) {
                return "current_timestamp" + lower.substring(lower.indexOf('('));
            }
            if (lower.equals("true") || lower.equals("false")) {
                v = lower.equals("true") ? "1" : "0";
            } else {
                return lower;
            }
        }
        if (type.kind() == TypeKind.BOOLEAN || type.kind() == TypeKind.INTEGER || type.kind() == TypeKind.DECIMAL
                || type.kind() == TypeKind.FLOAT) {
            try {
                BigDecimal n = new BigDecimal(v.strip());
                return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }
}
