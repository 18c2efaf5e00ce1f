package dev.strata.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one SQLite statement as {@code sqlite_master} stores it. SQLite keeps the text of
 * every {@code CREATE} as the user wrote it and reports neither CHECK constraints, constraint
 * names, collations nor generated expressions through its pragmas, so the inspector reads them
 * from this text. A tokenizer rather than Atlas's regular expressions: quoted names, strings and
 * comments holding {@code ,} {@code (} or keywords do not confuse it.
 *
 * @param sql    the statement
 * @param tokens its tokens, comments and white space left out
 */
record SqlTokens(String sql, List<Token> tokens) {

    enum Kind { WORD, QUOTED, STRING, NUMBER, OPEN, CLOSE, COMMA, OTHER }

    /**
     * One token.
     *
     * @param kind  what it is
     * @param text  as written
     * @param start its first character in the statement
     * @param end   the character after it
     */
    record Token(Kind kind, String text, int start, int end) {

        /** An identifier's name: unquoted and unescaped. */
        String value() {
            if (kind != Kind.QUOTED) {
                return text;
            }
            String inner = text.substring(1, text.length() - 1);
            char q = text.charAt(0);
            return q == '[' ? inner : inner.replace(String.valueOf(q) + q, String.valueOf(q));
        }

        /** Whether this is the keyword {@code word}, in any case. */
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    static SqlTokens of(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '\'' || (c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = quoted(sql, c == '\'' ? i : i + 1, '\'');
                out.add(new Token(Kind.STRING, sql.substring(start, i), start, i));
            } else if (c == '"' || c == '`') {
                i = quoted(sql, i, c);
                out.add(new Token(Kind.QUOTED, sql.substring(start, i), start, i));
            } else if (c == '[') {
                int e = sql.indexOf(']', i);
                i = e < 0 ? n : e + 1;
                out.add(new Token(Kind.QUOTED, sql.substring(start, i), start, i));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                i++;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.'
                        || (sql.charAt(i) == '+' || sql.charAt(i) == '-')
                        && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E'))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, sql.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_' || c == '$' || c > 127) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) > 127)) {
                    i++;
                }
                out.add(new Token(Kind.WORD, sql.substring(start, i), start, i));
            } else {
                i++;
                Kind k = c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : c == ',' ? Kind.COMMA : Kind.OTHER;
                out.add(new Token(k, sql.substring(start, i), start, i));
            }
        }
        return new SqlTokens(sql, List.copyOf(out));
    }

    /** The end of a quoted text starting at {@code i}, where a doubled quote is an escaped one. */
    private static int quoted(String sql, int i, char q) {
        int j = i + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == q) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return sql.length();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    boolean is(int i, String word) {
        return i < tokens.size() && tokens.get(i).is(word);
    }

    boolean kind(int i, Kind k) {
        return i < tokens.size() && tokens.get(i).kind() == k;
    }

    /** The index of the token that closes the parenthesis opened at {@code open}; size() when unbalanced. */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind();
            if (k == Kind.OPEN) {
                depth++;
            } else if (k == Kind.CLOSE && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The first token at or after {@code from} that is the keyword, outside parentheses; -1 when none. */
    int find(int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Kind.OPEN) {
                i = closing(i);
            } else if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The statement's text from token {@code from} to token {@code to} (exclusive), as written. */
    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The text inside the parentheses opened at token {@code open}. */
    String inside(int open) {
        int close = closing(open);
        return close >= tokens.size() ? text(open + 1, tokens.size()) : text(open + 1, close);
    }

    /** Token ranges {@code [from, to)} split at the commas between {@code from} and {@code to}, outside parentheses. */
    List<int[]> split(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Kind.OPEN) {
                i = Math.min(closing(i), to);
            } else if (tokens.get(i).kind() == Kind.COMMA) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        return out;
    }

    /** An expression without one pair of parentheses around all of it: {@code (a + b)} is {@code a + b}. */
    static String unwrap(String expr) {
        String t = expr.strip();
        SqlTokens s = of(t);
        if (s.size() >= 2 && s.kind(0, Kind.OPEN) && s.closing(0) == s.size() - 1) {
            return s.inside(0).strip();
        }
        return t;
    }

    /** Whether the expression is one pair of parentheses around all of it. */
    static boolean wrapped(String expr) {
        SqlTokens s = of(expr.strip());
        return s.size() >= 2 && s.kind(0, Kind.OPEN) && s.closing(0) == s.size() - 1;
    }
}
