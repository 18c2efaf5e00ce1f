package dev.strata.config;

import dev.strata.config.Hcl.Attribute;
import dev.strata.config.Hcl.Block;
import dev.strata.config.Hcl.Body;
import dev.strata.config.Hcl.Expr;
import dev.strata.config.Hcl.Pos;
import dev.strata.config.HclLexer.Kind;
import dev.strata.config.HclLexer.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the HCL that project files use: attributes, blocks with labels,
 * string templates and heredocs, tuples, objects, references, function calls, operators,
 * conditionals and {@code for} expressions. Every error names the file, line and column.
 */
final class HclParser {

    private final List<Token> tokens;
    private final String file;
    private final int lineOffset;
    private final int columnOffset;
    private int at;
    /** Inside (), [] or {} of an expression, where newlines do not end anything. */
    private int nesting;
    /** How deep expressions and blocks are nested: bounded, so a hostile file cannot overflow the stack. */
    private int depth;
    private static final int MAX_DEPTH = 200;
    /** Left-deep chains (a + b + c ..., a.b.c ...) are evaluated recursively too. */
    private static final int MAX_CHAIN = 1000;

    private HclParser(List<Token> tokens, String file, int lineOffset, int columnOffset) {
        this.tokens = tokens;
        this.file = file;
        this.lineOffset = lineOffset;
        this.columnOffset = columnOffset;
    }

    static Body parse(String source, String file) {
        HclParser p = new HclParser(HclLexer.tokens(source, file), file, 0, 0);
        Body body = p.body(Kind.EOF);
        p.expect(Kind.EOF, "end of file");
        return body;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        return tokens.get(at++);
    }

    private boolean is(Kind kind) {
        return peek().kind() == kind;
    }

    private Pos pos(Token t) {
        return new Pos(t.line() + lineOffset, t.line() == 1 ? t.column() + columnOffset : t.column());
    }

    private ConfigException error(Token t, String message) {
        Pos p = pos(t);
        return new ConfigException(file, p.line(), p.column(), message);
    }

    private Token expect(Kind kind, String what) {
        if (nesting > 0) {
            skipNewlines();
        }
        Token t = next();
        if (t.kind() != kind) {
            throw error(t, "expected " + what + ", found " + describe(t));
        }
        return t;
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "end of file";
            case NEWLINE -> "end of line";
            case STRING -> "a string";
            case IDENT -> "\"" + t.text() + "\"";
            default -> "\"" + t.text() + "\"";
        };
    }

    private void skipNewlines() {
        while (is(Kind.NEWLINE)) {
            at++;
        }
    }

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw error(at, "nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private Body body(Kind end) {
        enter(peek());
        try {
            return bodyContent(end);
        } finally {
            depth--;
        }
    }

    private Body bodyContent(Kind end) {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        while (true) {
            skipNewlines();
            if (is(end)) {
                return new Body(attributes, blocks);
            }
            Token name = next();
            if (name.kind() != Kind.IDENT) {
                throw error(name, "expected an attribute or block name, found " + describe(name));
            }
            if (is(Kind.ASSIGN)) {
                next();
                for (Attribute a : attributes) {
                    if (a.name().equals(name.text())) {
                        throw error(name, "attribute \"" + name.text() + "\" is set twice (first at line "
                                + a.pos().line() + ")");
                    }
                }
                attributes.add(new Attribute(name.text(), expression(), pos(name)));
                Token after = peek();
                if (after.kind() != Kind.NEWLINE && after.kind() != end && after.kind() != Kind.EOF) {
                    throw error(after, "expected a new line after the value of \"" + name.text() + "\", found "
                            + describe(after));
                }
                continue;
            }
            List<String> labels = new ArrayList<>();
            while (is(Kind.STRING) || is(Kind.IDENT)) {
                Token label = next();
                labels.add(label.kind() == Kind.STRING ? literalString(label) : label.text());
            }
            if (!is(Kind.LBRACE)) {
                throw error(peek(), "expected \"=\" or \"{\" after \"" + name.text() + "\", found " + describe(peek()));
            }
            next();
            Body inner = body(Kind.RBRACE);
            next();
            blocks.add(new Block(name.text(), labels, inner, pos(name)));
        }
    }

    /** A block label: a quoted string without templates. */
    private String literalString(Token t) {
        Expr e = template(t, false);
        if (e instanceof Hcl.Literal l) {
            return (String) l.value();
        }
        throw error(t, "block labels cannot hold ${...} templates");
    }

    Expr expression() {
        enter(peek());
        try {
            return conditional();
        } finally {
            depth--;
        }
    }

    private Expr conditional() {
        Expr condition = binary(0);
        if (nesting > 0) {
            skipNewlines();
        }
        if (is(Kind.QUESTION)) {
            Token q = next();
            nesting++;
            Expr then = expression();
            expect(Kind.COLON, "\":\" of the conditional");
            Expr otherwise = expression();
            nesting--;
            return new Hcl.Conditional(condition, then, otherwise, pos(q));
        }
        return condition;
    }

    private static final List<List<Kind>> LEVELS = List.of(
            List.of(Kind.OR), List.of(Kind.AND), List.of(Kind.EQ, Kind.NE),
            List.of(Kind.LT, Kind.LE, Kind.GT, Kind.GE), List.of(Kind.PLUS, Kind.MINUS),
            List.of(Kind.STAR, Kind.SLASH, Kind.PERCENT));

    private Expr binary(int level) {
        if (level == LEVELS.size()) {
            return unary();
        }
        Expr left = binary(level + 1);
        for (int chain = 0; ; chain++) {
            if (nesting > 0) {
                skipNewlines();
            }
            if (!LEVELS.get(level).contains(peek().kind())) {
                return left;
            }
            Token op = next();
            if (chain > MAX_CHAIN) {
                throw error(op, "more than " + MAX_CHAIN + " operators in one expression");
            }
            left = new Hcl.Binary(op.kind(), left, binary(level + 1), pos(op));
        }
    }

    private Expr unary() {
        if (is(Kind.NOT) || is(Kind.MINUS)) {
            Token op = next();
            enter(op);
            try {
                return new Hcl.Unary(op.kind(), unary(), pos(op));
            } finally {
                depth--;
            }
        }
        return postfix(primary());
    }

    private Expr postfix(Expr e) {
        for (int chain = 0; ; chain++) {
            if (chain > MAX_CHAIN) {
                throw error(peek(), "more than " + MAX_CHAIN + " attribute or index steps in one expression");
            }
            if (is(Kind.DOT)) {
                Token dot = next();
                Token name = next();
                if (name.kind() == Kind.IDENT) {
                    e = new Hcl.GetAttr(e, name.text(), pos(dot));
                } else if (name.kind() == Kind.NUMBER) {
                    e = new Hcl.Index(e, new Hcl.Literal(new BigDecimal(name.text()), pos(name)), pos(dot));
                } else {
                    throw error(name, "expected an attribute name after \".\", found " + describe(name));
                }
            } else if (is(Kind.LBRACKET)) {
                Token open = next();
                nesting++;
                skipNewlines();
                Expr key = expression();
                expect(Kind.RBRACKET, "\"]\"");
                nesting--;
                e = new Hcl.Index(e, key, pos(open));
            } else {
                return e;
            }
        }
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Hcl.Literal(new BigDecimal(t.text()), pos(t));
            case STRING:
                return template(t, false);
            case HEREDOC:
                return template(t, true);
            case LPAREN: {
                nesting++;
                skipNewlines();
                Expr inner = expression();
                expect(Kind.RPAREN, "\")\"");
                nesting--;
                return inner;
            }
            case LBRACKET:
                return tupleOrFor(t);
            case LBRACE:
                return objectOrFor(t);
            case IDENT:
                return identifier(t);
            default:
                throw error(t, "expected an expression, found " + describe(t));
        }
    }

    private Expr identifier(Token t) {
        switch (t.text()) {
            case "true":
                return new Hcl.Literal(Boolean.TRUE, pos(t));
            case "false":
                return new Hcl.Literal(Boolean.FALSE, pos(t));
            case "null":
                return new Hcl.Literal(null, pos(t));
            default:
                break;
        }
        if (is(Kind.LPAREN)) {
            next();
            nesting++;
            List<Expr> args = new ArrayList<>();
            skipNewlines();
            while (!is(Kind.RPAREN)) {
                args.add(expression());
                skipNewlines();
                if (is(Kind.ELLIPSIS)) {
                    throw error(peek(), "expanding arguments with \"...\" is not supported");
                }
                if (!is(Kind.RPAREN)) {
                    expect(Kind.COMMA, "\",\" or \")\"");
                    skipNewlines();
                }
            }
            next();
            nesting--;
            return new Hcl.Call(t.text(), args, pos(t));
        }
        return new Hcl.Variable(t.text(), pos(t));
    }

    private Expr tupleOrFor(Token open) {
        nesting++;
        skipNewlines();
        if (is(Kind.IDENT) && peek().text().equals("for")) {
            Expr f = forExpr(open, false, Kind.RBRACKET);
            nesting--;
            return f;
        }
        List<Expr> items = new ArrayList<>();
        while (!is(Kind.RBRACKET)) {
            items.add(expression());
            skipNewlines();
            if (!is(Kind.RBRACKET)) {
                expect(Kind.COMMA, "\",\" or \"]\"");
                skipNewlines();
            }
        }
        next();
        nesting--;
        return new Hcl.Tuple(items, pos(open));
    }

    private Expr objectOrFor(Token open) {
        nesting++;
        skipNewlines();
        if (is(Kind.IDENT) && peek().text().equals("for")) {
            Expr f = forExpr(open, true, Kind.RBRACE);
            nesting--;
            return f;
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!is(Kind.RBRACE)) {
            Token k = peek();
            Expr key = k.kind() == Kind.IDENT && (tokens.get(at + 1).kind() == Kind.ASSIGN
                    || tokens.get(at + 1).kind() == Kind.COLON) ? new Hcl.Literal(next().text(), pos(k)) : expression();
            if (!is(Kind.ASSIGN) && !is(Kind.COLON)) {
                throw error(peek(), "expected \"=\" in the object, found " + describe(peek()));
            }
            next();
            skipNewlines();
            keys.add(key);
            values.add(expression());
            skipNewlines();
            if (is(Kind.COMMA)) {
                next();
                skipNewlines();
            }
        }
        next();
        nesting--;
        return new Hcl.ObjectExpr(keys, values, pos(open));
    }

    private Expr forExpr(Token open, boolean object, Kind close) {
        next(); // for
        String first = expect(Kind.IDENT, "a variable name after \"for\"").text();
        String second = null;
        if (is(Kind.COMMA)) {
            next();
            second = expect(Kind.IDENT, "a variable name").text();
        }
        Token in = expect(Kind.IDENT, "\"in\"");
        if (!in.text().equals("in")) {
            throw error(in, "expected \"in\", found " + describe(in));
        }
        Expr collection = expression();
        expect(Kind.COLON, "\":\"");
        skipNewlines();
        Expr key = null;
        Expr value = expression();
        if (object) {
            expect(Kind.ARROW, "\"=>\"");
            skipNewlines();
            key = value;
            value = expression();
        }
        skipNewlines();
        Expr condition = null;
        if (is(Kind.IDENT) && peek().text().equals("if")) {
            next();
            condition = expression();
        }
        expect(close, object ? "\"}\"" : "\"]\"");
        String keyVar = second == null ? null : first;
        String valueVar = second == null ? first : second;
        return new Hcl.For(keyVar, valueVar, collection, key, value, condition, object, pos(open));
    }

    /** A string or heredoc: escapes resolved, {@code ${...}} parts parsed as expressions. */
    private Expr template(Token t, boolean heredoc) {
        String raw = t.text();
        Pos start = pos(t);
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && !heredoc) {
                i = escape(raw, i, text, t);
            } else if ((c == '$' || c == '%') && i + 2 < raw.length() && raw.charAt(i + 1) == c
                    && raw.charAt(i + 2) == '{') {
                text.append(c).append('{');
                i += 3;
            } else if (c == '%' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                throw error(t, "template directives (%{ ... }) are not supported");
            } else if (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                int end = closingBrace(raw, i + 2, t);
                if (text.length() > 0) {
                    parts.add(new Hcl.Literal(text.toString(), start));
                    text.setLength(0);
                }
                parts.add(inner(raw.substring(i + 2, end), t, i + 2));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (parts.isEmpty()) {
            return new Hcl.Literal(text.toString(), start);
        }
        if (text.length() > 0) {
            parts.add(new Hcl.Literal(text.toString(), start));
        }
        return new Hcl.Template(parts, start);
    }

    private int escape(String raw, int i, StringBuilder out, Token t) {
        if (i + 1 >= raw.length()) {
            throw error(t, "a string ends with a lone backslash");
        }
        char e = raw.charAt(i + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> {
                if (i + 6 > raw.length()) {
                    throw error(t, "invalid \\u escape");
                }
                try {
                    out.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException bad) {
                    throw error(t, "invalid \\u escape \"\\u" + raw.substring(i + 2, i + 6) + "\"");
                }
                return i + 6;
            }
            default -> throw error(t, "invalid escape \\" + e + " in a string");
        }
        return i + 2;
    }

    private int closingBrace(String raw, int from, Token t) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw error(t, "unterminated ${ in a string");
    }

    private Expr inner(String source, Token t, int offset) {
        HclParser p = new HclParser(HclLexer.tokens(source.strip(), file), file, t.line() - 1,
                t.column() + offset);
        p.nesting = 1;
        p.depth = depth;
        p.skipNewlines();
        Expr e = p.expression();
        p.skipNewlines();
        if (!p.is(Kind.EOF)) {
            throw p.error(p.peek(), "unexpected " + describe(p.peek()) + " in ${...}");
        }
        return e;
    }
}
