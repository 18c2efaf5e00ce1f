package dev.strata.dialect.mysql;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.Generated;
import dev.strata.schema.TypeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a row of {@code INFORMATION_SCHEMA.COLUMNS} into a column in the model's normal form. MySQL 8
 * and MariaDB report defaults and {@code EXTRA} differently (Atlas's {@code myDefaultExpr} and
 * {@code marDefaultExpr}); both are read here.
 */
final class MySqlColumns {

    private static final MySqlTypeNames TYPES = new MySqlTypeNames();
    private static final Pattern ON_UPDATE = Pattern.compile(
            "(?i)(?:default_generated )?on update (current_timestamp(?:\\(\\d?\\))?)");
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)current_timestamp(?:\\(\\d?\\))?");

    private MySqlColumns() {
    }

    /**
     * @param maria      the server is MariaDB, which quotes string defaults and says NULL for none
     * @param rawDefault {@code COLUMN_DEFAULT}, or null
     * @param extra      {@code EXTRA}
     * @param genExpr    {@code GENERATION_EXPRESSION}, or null or empty
     */
    static Column column(boolean maria, String name, String columnType, boolean nullable, String rawDefault,
                         String extra, String charset, String collation, String genExpr, String comment) {
        ColumnType type = TYPES.parse(stripVersionComment(columnType));
        String x = extra == null ? "" : extra.strip();
        String lower = x.toLowerCase(Locale.ROOT);
        boolean autoIncrement = lower.contains("auto_increment");
        List<DialectAttr> attrs = new ArrayList<>();
        Matcher m = ON_UPDATE.matcher(x);
        if (m.find()) {
            attrs.add(new MySqlAttrs.OnUpdate(m.group(1)));
        }
        Generated generated = null;
        if (genExpr != null && !genExpr.isEmpty()) {
            Generated.Storage storage = lower.contains("virtual") ? Generated.Storage.VIRTUAL
                    : Generated.Storage.STORED;
            generated = new Generated(maria ? genExpr : unescape(genExpr), storage);
        }
        DefaultValue def = null;
        if (generated == null && !autoIncrement) {
            def = maria ? mariaDefault(type, rawDefault) : mysqlDefault(type, rawDefault, lower);
        }
        return new Column(name, type, nullable, def, null, autoIncrement, generated, collation, charset, comment,
                attrs);
    }

    /** MariaDB: NULL means none; string literals come quoted (10.2.7+); the rest are numbers or expressions. */
    static DefaultValue mariaDefault(ColumnType type, String x) {
        if (x == null || x.equals("NULL")) {
            return null;
        }
        if (x.length() >= 2 && x.startsWith("'") && x.endsWith("'")) {
            return DefaultValue.string(unquote(x));
        }
        if (numeric(type) && isNumber(x)) {
            return DefaultValue.number(x);
        }
        return DefaultValue.expr(x);
    }

    /** MySQL: the value is bare; {@code DEFAULT_GENERATED} in EXTRA marks an expression. */
    static DefaultValue mysqlDefault(ColumnType type, String x, String extra) {
        if (x == null) {
            return null;
        }
        if (extra.contains("default_generated")) {
            if (CURRENT_TIMESTAMP.matcher(x).matches()) {
                return DefaultValue.expr(x);
            }
            String e = unescape(x);
            return DefaultValue.expr(e.startsWith("(") && e.endsWith(")") ? e : "(" + e + ")");
        }
        if (numeric(type) && isNumber(x)) {
            return DefaultValue.number(x);
        }
        if (type.kind() == TypeKind.TIME && CURRENT_TIMESTAMP.matcher(x).matches()) {
            return DefaultValue.expr(x);
        }
        if ((type.kind() == TypeKind.BINARY || type.kind() == TypeKind.BIT) && x.length() > 2
                && x.toLowerCase(Locale.ROOT).startsWith("0x")) {
            return DefaultValue.expr(x);
        }
        return DefaultValue.string(x);
    }

    private static boolean numeric(ColumnType t) {
        return switch (t.kind()) {
            case INTEGER, DECIMAL, FLOAT, BOOLEAN -> true;
            default -> false;
        };
    }

    static boolean isNumber(String x) {
        try {
            new java.math.BigDecimal(x.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code 'it''s'} or {@code 'it\'s'} is {@code it's}. */
    static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'Z' -> (char) 26;
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** MySQL escapes quotes in the expressions information_schema shows (Atlas's {@code unescape}). */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '\\')) {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A MariaDB version comment in a type: {@code datetime /* mariadb-5.3 *}{@code /}. */
    private static String stripVersionComment(String t) {
        int i = t.indexOf("/*");
        return i > 0 && t.strip().endsWith("*/") ? t.substring(0, i).strip() : t;
    }
}
