package dev.strata.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits HCL text into tokens with their line and column. Strings and heredocs are kept as raw
 * template text; the parser turns their {@code ${...}} parts into expressions.
 */
final class HclLexer {

    enum Kind {
        IDENT, NUMBER, STRING, HEREDOC, NEWLINE, EOF,
        LBRACE, RBRACE, LBRACKET, RBRACKET, LPAREN, RPAREN,
        ASSIGN, COLON, COMMA, DOT, QUESTION, ARROW, ELLIPSIS,
        PLUS, MINUS, STAR, SLASH, PERCENT, NOT, AND, OR, EQ, NE, LT, LE, GT, GE
    }

    /**
     * One token.
     *
     * @param text the identifier, number, or the raw (unescaped-later) content of a string or heredoc
     */
    record Token(Kind kind, String text, int line, int column) {
    }

    private final String src;
    private final String file;
    private int i;
    private int line = 1;
    private int lineStart;
    private final List<Token> tokens = new ArrayList<>();

    private HclLexer(String src, String file) {
        this.src = src;
        this.file = file;
    }

    static List<Token> tokens(String src, String file) {
        HclLexer l = new HclLexer(src.startsWith("\uFEFF") ? src.substring(1) : src, file);
        l.run();
        return l.tokens;
    }

    private ConfigException error(String message) {
        return new ConfigException(file, line, i - lineStart + 1, message);
    }

    private void run() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\n') {
                add(Kind.NEWLINE, "\n", i);
                i++;
                line++;
                lineStart = i;
            } else if (c == '#' || c == '/' && peek(1) == '/') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '"') {
                string();
            } else if (c == '<' && peek(1) == '<' && (Character.isLetter(peek(2)) || peek(2) == '-')) {
                heredoc();
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_'
                        || src.charAt(i) == '-')) {
                    i++;
                }
                add(Kind.IDENT, src.substring(start, i), start);
            } else if (Character.isDigit(c)) {
                number();
            } else {
                operator(c);
            }
        }
        add(Kind.NEWLINE, "\n", i);
        add(Kind.EOF, "", i);
    }

    private char peek(int ahead) {
        return i + ahead < src.length() ? src.charAt(i + ahead) : '\0';
    }

    private void add(Kind kind, String text, int at) {
        tokens.add(new Token(kind, text, line, at - lineStart + 1));
    }

    private void blockComment() {
        int end = src.indexOf("*/", i + 2);
        if (end < 0) {
            throw error("unterminated comment");
        }
        for (int k = i; k < end; k++) {
            if (src.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        i = end + 2;
    }

    /** A quoted string, kept raw: escapes and templates are resolved by the parser. */
    private void string() {
        int start = i;
        int startLine = line;
        int startCol = i - lineStart + 1;
        i++;
        int depth = 0;
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') {
                line = startLine;
                i = start;
                throw error("unterminated string");
            }
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '$' && peek(1) == '{' && peek(-1) != '$') {
                depth++;
                i += 2;
            } else if (c == '}' && depth > 0) {
                depth--;
                i++;
            } else if (c == '"' && depth == 0) {
                break;
            } else {
                i++;
            }
        }
        tokens.add(new Token(Kind.STRING, src.substring(start + 1, i), startLine, startCol));
        i++;
    }

    private void heredoc() {
        int startLine = line;
        int startCol = i - lineStart + 1;
        i += 2;
        boolean indented = src.charAt(i) == '-';
        if (indented) {
            i++;
        }
        int nameStart = i;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        String marker = src.substring(nameStart, i);
        int nl = src.indexOf('\n', i);
        if (nl < 0) {
            throw error("heredoc <<" + marker + " has no body");
        }
        i = nl + 1;
        line++;
        lineStart = i;
        List<String> lines = new ArrayList<>();
        while (true) {
            if (i >= src.length()) {
                throw new ConfigException(file, startLine, startCol, "unterminated heredoc <<" + marker);
            }
            int end = src.indexOf('\n', i);
            String l = src.substring(i, end < 0 ? src.length() : end);
            i = end < 0 ? src.length() : end + 1;
            line++;
            lineStart = i;
            if (l.strip().equals(marker)) {
                break;
            }
            lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        if (indented) {
            int strip = Integer.MAX_VALUE;
            for (String l : lines) {
                if (!l.isBlank()) {
                    strip = Math.min(strip, l.length() - l.stripLeading().length());
                }
            }
            final int n = strip == Integer.MAX_VALUE ? 0 : strip;
            lines.replaceAll(l -> l.length() >= n ? l.substring(n) : l.stripLeading());
        }
        StringBuilder body = new StringBuilder();
        lines.forEach(l -> body.append(l).append('\n'));
        tokens.add(new Token(Kind.HEREDOC, body.toString(), startLine, startCol));
        // The heredoc ends its line: the newline after the marker was consumed.
        tokens.add(new Token(Kind.NEWLINE, "\n", line - 1, 1));
    }

    private void number() {
        int start = i;
        while (i < src.length() && Character.isDigit(src.charAt(i))) {
            i++;
        }
        if (i < src.length() && src.charAt(i) == '.' && Character.isDigit(peek(1))) {
            i++;
            while (i < src.length() && Character.isDigit(src.charAt(i))) {
                i++;
            }
        }
        if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int sign = src.charAt(i + 1 < src.length() ? i + 1 : i) == '+' || src.charAt(i + 1 < src.length() ? i + 1 : i)
                    == '-' ? 1 : 0;
            if (i + 1 + sign < src.length() && Character.isDigit(src.charAt(i + 1 + sign))) {
                int expStart = i + 1;
                i += 1 + sign;
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
                String exponent = src.substring(expStart, i);
                if (exponent.replaceFirst("^[+-]", "").length() > 3) {
                    throw error("number " + src.substring(start, i) + " is out of range");
                }
            }
        }
        add(Kind.NUMBER, src.substring(start, i), start);
    }

    private void operator(char c) {
        int at = i;
        Kind kind;
        int width = 1;
        switch (c) {
            case '{' -> kind = Kind.LBRACE;
            case '}' -> kind = Kind.RBRACE;
            case '[' -> kind = Kind.LBRACKET;
            case ']' -> kind = Kind.RBRACKET;
            case '(' -> kind = Kind.LPAREN;
            case ')' -> kind = Kind.RPAREN;
            case ',' -> kind = Kind.COMMA;
            case ':' -> kind = Kind.COLON;
            case '?' -> kind = Kind.QUESTION;
            case '+' -> kind = Kind.PLUS;
            case '-' -> kind = Kind.MINUS;
            case '*' -> kind = Kind.STAR;
            case '/' -> kind = Kind.SLASH;
            case '%' -> kind = Kind.PERCENT;
            case '.' -> {
                if (peek(1) == '.' && peek(2) == '.') {
                    kind = Kind.ELLIPSIS;
                    width = 3;
                } else {
                    kind = Kind.DOT;
                }
            }
            case '=' -> {
                if (peek(1) == '=') {
                    kind = Kind.EQ;
                    width = 2;
                } else if (peek(1) == '>') {
                    kind = Kind.ARROW;
                    width = 2;
                } else {
                    kind = Kind.ASSIGN;
                }
            }
            case '!' -> {
                kind = peek(1) == '=' ? Kind.NE : Kind.NOT;
                width = kind == Kind.NE ? 2 : 1;
            }
            case '<' -> {
                kind = peek(1) == '=' ? Kind.LE : Kind.LT;
                width = kind == Kind.LE ? 2 : 1;
            }
            case '>' -> {
                kind = peek(1) == '=' ? Kind.GE : Kind.GT;
                width = kind == Kind.GE ? 2 : 1;
            }
            case '&' -> {
                if (peek(1) != '&') {
                    throw error("unexpected character '&'");
                }
                kind = Kind.AND;
                width = 2;
            }
            case '|' -> {
                if (peek(1) != '|') {
                    throw error("unexpected character '|'");
                }
                kind = Kind.OR;
                width = 2;
            }
            default -> throw error("unexpected character '" + c + "'");
        }
        i += width;
        add(kind, src.substring(at, at + width), at);
    }
}
