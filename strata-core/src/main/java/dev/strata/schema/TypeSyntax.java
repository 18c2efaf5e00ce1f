package dev.strata.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a type's spelling into a name, its parenthesised arguments and what follows
 * ({@code time(3) with time zone}: {@code time}, {@code [3]}, {@code with time zone}), for the
 * dialects' {@link TypeNames}. Quoted arguments ({@code enum('a','b')}) keep their quotes.
 *
 * @param name the words before the parenthesis, white space folded
 * @param args the arguments, trimmed
 * @param rest the words after the closing parenthesis, white space folded
 */
public record TypeSyntax(String name, List<String> args, String rest) {

    public TypeSyntax {
        args = List.copyOf(args);
    }

    public static TypeSyntax split(String raw) {
        String s = raw.strip();
        int open = s.indexOf('(');
        if (open < 0) {
            return new TypeSyntax(fold(s), List.of(), "");
        }
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        int i = open + 1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                arg.append(c);
                if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    arg.append(s.charAt(++i));
                } else if (c == '\\' && i + 1 < s.length()) {
                    arg.append(s.charAt(++i));
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'') {
                quoted = true;
                arg.append(c);
            } else if (c == '(') {
                depth++;
                arg.append(c);
            } else if (c == ')' && depth > 0) {
                depth--;
                arg.append(c);
            } else if (c == ')') {
                break;
            } else if (c == ',' && depth == 0) {
                args.add(arg.toString().strip());
                arg.setLength(0);
            } else {
                arg.append(c);
            }
        }
        if (!arg.toString().isBlank() || !args.isEmpty()) {
            args.add(arg.toString().strip());
        }
        String rest = i + 1 < s.length() ? s.substring(i + 1) : "";
        return new TypeSyntax(fold(s.substring(0, open)), args, fold(rest));
    }

    /** Folds runs of white space into one space and trims. */
    public static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The argument at {@code i} as a whole number, or null when there is none or it is not one. */
    public Integer intArg(int i) {
        if (i >= args.size()) {
            return null;
        }
        try {
            return Integer.valueOf(args.get(i));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An HCL type argument ({@code BigDecimal}) as a whole number, or an error naming the type. */
    public static int intOf(Object arg, String type) {
        try {
            if (arg instanceof BigDecimal d) {
                return d.intValueExact();
            }
            if (arg instanceof Number n) {
                return n.intValue();
            }
            return Integer.parseInt(String.valueOf(arg).strip());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("type " + type + " takes whole numbers, not " + arg);
        }
    }

    /** The values of an SQL list of quoted strings ({@code 'a','it''s'}), unquoted. */
    public static List<String> unquoteAll(List<String> quoted) {
        List<String> out = new ArrayList<>();
        for (String q : quoted) {
            String v = q.strip();
            if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
                v = v.substring(1, v.length() - 1).replace("''", "'").replace("\\\\", "\u0000")
                        .replace("\\'", "'").replace("\u0000", "\\");
            }
            out.add(v);
        }
        return out;
    }

    /** A string as an SQL literal: {@code 'it''s'}. */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
