package dev.strata.migrate.lex;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits SQL text into statements the way Atlas's scanner does, in one pass over the characters.
 *
 * <p>Three deliberate differences from Atlas, each where Atlas sends the database something it did
 * not mean to: an unclosed dollar quote is an error (Atlas swallows the rest of the file);
 * {@code E'...'} strings honour backslash escapes (Atlas checks the wrong character); and with
 * {@link ScanOption#EXECUTABLE_COMMENTS} or {@link ScanOption#HINT_COMMENTS}, {@code /*! *}{@code /}
 * and {@code /*+ *}{@code /} are code (Atlas drops them as comments).
 *
 * <p>Compound blocks ({@code BEGIN ... END}) are found by scanning their body with a nested scanner,
 * as Atlas does. A failed attempt (no closing {@code END}) is remembered by position so that a file
 * with many {@code BEGIN} statements and no blocks stays linear instead of exponential.
 */
public final class Scanner {

    private static final int EOS = -1;
    private static final String DEFAULT_DELIMITER = ";";
    private static final String DELIMITER_COMMAND = "delimiter";
    /** How a delimiter directive line starts: its prefix must be exactly {@code "-- "}. */
    private static final String DELIMITER_DIRECTIVE = "-- " + Directive.ATLAS;
    /** Deeper nesting than this is refused rather than risking the thread's stack. */
    private static final int MAX_BLOCK_DEPTH = 500;

    private final Source src;
    private final Set<ScanOption> options;
    private final BlockKind kind;
    private final int depth;

    private String delim = DEFAULT_DELIMITER;
    /** What {@link #delim} and the options let the main loop skip; null when nothing may be skipped. */
    private PlainChars plain;
    /** Absolute offset where the statement being scanned starts (Atlas's {@code input}). */
    private int start;
    /** Offset of the next character, relative to {@link #start}. */
    private int pos;
    /** Width in chars of the last character read. */
    private int width;
    /** The comments above the statement being scanned; {@link Statement} keeps a copy, so this is reused. */
    private final List<String> comments = new ArrayList<>();

    private Scanner(Source src, Set<ScanOption> options, BlockKind kind, int depth, int begin) {
        this.src = src;
        this.options = options;
        this.kind = kind;
        this.depth = depth;
        this.start = begin;
        this.plain = src.defaultPlain;
    }

    /**
     * Splits {@code input} into statements.
     *
     * @throws ScanException for an unclosed quote, dollar quote or parenthesis, or a bad delimiter
     */
    public static List<Statement> scan(String input, Set<ScanOption> options) throws ScanException {
        Set<ScanOption> opts = options.isEmpty() ? EnumSet.noneOf(ScanOption.class) : EnumSet.copyOf(options);
        Source source = new Source(input, opts);
        Scanner scanner = new Scanner(source, opts, BlockKind.NONE, 0, 0);
        List<Statement> statements = new ArrayList<>();
        try {
            scanner.init();
            for (Statement s = scanner.statement(); s != null; s = scanner.statement()) {
                statements.add(s);
            }
        } catch (Failure f) {
            throw f.toException(source);
        } catch (TooDeep e) {
            throw new ScanException(source.line(e.offset), source.column(e.offset + 1),
                    "compound blocks nested more than " + MAX_BLOCK_DEPTH + " deep");
        }
        return statements;
    }

    private void init() throws Failure {
        if (!src.text.startsWith(DELIMITER_DIRECTIVE, start)) {
            return; // Spares the parse: a nested scanner starts at every block, and blocks can be many.
        }
        Directive directive = Directive.parse(src.text.substring(start, src.lineEnd(start))).orElse(null);
        if (directive == null || !directive.is("delimiter", "-- ")) {
            return;
        }
        setDelimiter(directive.argument());
        int newline = src.text.indexOf('\n', start);
        if (newline < 0) {
            throw new Failure(-1, "no input found after delimiter " + GoQuote.string(directive.argument()));
        }
        start = newline + 1;
    }

    /** Scans the next statement, or returns null at the end of the input. */
    private Statement statement() throws Failure {
        int parens = 0;
        int openingPos = 0;
        int textEnd;
        skipSpaces();
        for (;;) {
            if (pos > 0 && plain != null) {
                pos = plain.skip(src.text, start + pos, src.length) - start;
            }
            int r = next();
            if (r == EOS) {
                if (parens > 0) {
                    throw new Failure(start + openingPos, "unclosed '('");
                }
                if (pos > 0) {
                    textEnd = start + pos;
                    break;
                }
                return null;
            }
            if (r == '(') {
                if (parens == 0) {
                    openingPos = pos;
                }
                parens++;
            } else if (r == ')') {
                if (parens == 0) {
                    throw new Failure(start + pos, "unexpected ')'");
                }
                parens--;
            } else if (r == '\'' || r == '"' || r == '`') {
                skipQuote((char) r);
            } else if (pos == 1 && isDelimiterCommand()) {
                pos += DELIMITER_COMMAND.length() - 1;
                delimiterCommand();
                skipSpaces();
            } else if (has(ScanOption.GO_COMMAND) && r == '\n' && isGoCommand(start + pos)) {
                next();
                textEnd = endGoBatch();
                break;
            } else if (has(ScanOption.GO_COMMAND) && (pos == 1 || pos > 1 && src.at(start + pos - 2) == '\n')
                    && isGoCommand(start + pos - 1)) {
                textEnd = endGoBatch();
                break;
            } else if (parens == 0 && src.text.startsWith(delim, start + pos - width)) {
                pos += delim.length() - width;
                textEnd = start + pos;
                break;
            } else if (r == '$' && has(ScanOption.DOLLAR_QUOTES) && dollarTagEnd(start + pos - 1) > 0) {
                skipDollarQuote();
            } else if (r == '#' && has(ScanOption.HASH_COMMENTS)) {
                comment("#", "\n");
            } else if (r == '-' && peek() == '-') {
                next();
                comment("--", "\n");
            } else if (r == '/' && peek() == '*') {
                next();
                if (isCodeComment(src.at(start + pos))) {
                    skipCodeComment();
                } else {
                    comment("/*", "*/");
                }
            } else if (kind == BlockKind.BEGIN && has(ScanOption.BEGIN_END_TERMINATOR) && endsWithEnd()) {
                textEnd = start + pos;
                break;
            } else if ((r == 'B' || r == 'b') && DEFAULT_DELIMITER.equals(delim)) {
                BlockKind block = openingBlock();
                if (block != null && skipBlock(block)) {
                    textEnd = start + pos;
                    break;
                }
            }
        }
        return emit(textEnd);
    }

    /**
     * The first enabled block whose opening words stand at the current character, in Atlas's order.
     * A compound BEGIN also needs the statement to start with it, or whitespace before it.
     */
    private BlockKind openingBlock() {
        int at = start + pos - 1;
        for (BlockKind block : BlockKind.CANDIDATES) {
            if (block.enabled(options) && (block != BlockKind.BEGIN || pos == 1 || isRegexSpace(src.at(at - 1)))
                    && block.matchOpening(src, at) >= 0) {
                return block;
            }
        }
        return null;
    }

    private boolean has(ScanOption option) {
        return options.contains(option);
    }

    private int next() {
        int i = start + pos;
        if (i >= src.length) {
            return EOS;
        }
        char c = src.text.charAt(i);
        if (!Character.isSurrogate(c)) {
            width = 1;
            pos++;
            return c;
        }
        int cp = src.text.codePointAt(i);
        width = Character.charCount(cp);
        pos += width;
        return cp;
    }

    private int peek() {
        int i = start + pos;
        return i >= src.length ? EOS : src.text.codePointAt(i);
    }

    private void skipSpaces() {
        if (pos != 0) {
            return;
        }
        while (start < src.length && GoSpace.is(src.text.charAt(start))) {
            start++;
        }
    }

    private void skipQuote(char quote) throws Failure {
        int afterQuote = start + pos;
        boolean escaped = has(ScanOption.BACKSLASH_ESCAPES)
                || has(ScanOption.ESCAPE_STRINGS) && quote == '\'' && isEscapeStringPrefix(afterQuote - 1);
        if (!escaped) {
            int close = src.text.indexOf(quote, afterQuote);
            if (close < 0) {
                throw new Failure(afterQuote, "unclosed quote " + GoQuote.rune(quote));
            }
            pos = close + 1 - start;
            width = 1;
            return;
        }
        for (;;) {
            int r = next();
            if (r == EOS) {
                throw new Failure(afterQuote, "unclosed quote " + GoQuote.rune(quote));
            }
            if (r == '\\' && escaped) {
                next();
            } else if (r == quote) {
                return;
            }
        }
    }

    /** {@code E'} or {@code e'} where the E is not the end of a longer identifier. */
    private boolean isEscapeStringPrefix(int quoteIndex) {
        int e = src.at(quoteIndex - 1);
        if (e != 'E' && e != 'e' || quoteIndex - 1 < start) {
            return false;
        }
        int before = quoteIndex - 2 >= start ? src.at(quoteIndex - 2) : EOS;
        return !(before == '_' || before == '$' || before >= 0x80 || Character.isLetterOrDigit(before));
    }

    /** The end of a {@code $tag$} opening at {@code i}, or -1 when there is none. */
    private int dollarTagEnd(int i) {
        if (src.at(i) != '$') {
            return -1;
        }
        int j = i + 1;
        if (isTagStart(src.at(j))) {
            j++;
            while (isTagPart(src.at(j))) {
                j++;
            }
        }
        return src.at(j) == '$' ? j + 1 : -1;
    }

    private static boolean isTagStart(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c >= 0xC8 && c <= 0xFF;
    }

    private static boolean isTagPart(int c) {
        return isTagStart(c) || c >= '0' && c <= '9';
    }

    private void skipDollarQuote() throws Failure {
        int open = start + pos - 1;
        String tag = src.text.substring(open, dollarTagEnd(open));
        int close = src.text.indexOf(tag, open + tag.length());
        if (close < 0) {
            throw new Failure(open + 1, "unclosed dollar-quoted string " + tag);
        }
        pos = close + tag.length() - start;
    }

    private boolean isCodeComment(int c) {
        return c == '!' && has(ScanOption.EXECUTABLE_COMMENTS) || c == '+' && has(ScanOption.HINT_COMMENTS);
    }

    private void skipCodeComment() {
        int close = src.indexOf("*/", start + pos);
        if (close >= 0) {
            pos = close + 2 - start;
        }
    }

    private void comment(String left, String right) {
        int close = src.indexOf(right, start + pos);
        if (close < 0 && "\n".equals(right)) {
            // A line comment on the last line, without a newline, ends at the end of the input. Atlas
            // sends it as a statement of its own, which MySQL rejects as an empty query.
            close = src.length;
            right = "";
        }
        if (close < 0) {
            return; // An unclosed block comment is not a comment: its characters are statement text.
        }
        boolean leading = pos == left.length();
        pos = close + right.length() - start;
        if (!leading) {
            return;
        }
        comments.add(src.text.substring(start, start + pos));
        start += pos;
        pos = 0;
        // A blank line detaches the comments from the statement. Atlas sees only "\n"; "\r\n" counts too.
        int next = newlineEnd(start);
        if (next > 0 && ("\n".equals(right) || newlineEnd(next) > 0)) {
            comments.clear();
        }
        skipSpaces();
    }

    /** The offset after a newline ({@code \n} or {@code \r\n}) starting at {@code i}, or -1. */
    private int newlineEnd(int i) {
        if (src.at(i) == '\n') {
            return i + 1;
        }
        return src.at(i) == '\r' && src.at(i + 1) == '\n' ? i + 2 : -1;
    }

    private boolean isDelimiterCommand() {
        return src.length - start > DELIMITER_COMMAND.length()
                && src.text.regionMatches(true, start, DELIMITER_COMMAND, 0, DELIMITER_COMMAND.length());
    }

    private void delimiterCommand() throws Failure {
        if (peek() != ' ') {
            return;
        }
        for (int r = peek(); r != EOS && r != '\n'; r = next()) {
            // Reads the rest of the line, the newline included.
        }
        String d = GoSpace.trim(src.text.substring(start + DELIMITER_COMMAND.length(), start + pos));
        if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) {
            d = d.substring(1, d.length() - 1).replace("''", "'");
        }
        setDelimiter(d);
        emit(start + pos); // The command is not a statement.
    }

    private void setDelimiter(String d) throws Failure {
        if (d.isEmpty()) {
            throw new Failure(-1, "empty delimiter");
        }
        delim = d.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
        plain = plain == null ? null : plain.withDelimiter(delim);
    }

    private boolean isGoCommand(int i) {
        if (!src.text.regionMatches(true, i, "GO", 0, 2)) {
            return false;
        }
        int after = src.at(i + 2);
        return after == EOS || isRegexSpace(after);
    }

    /** Ends a T-SQL batch at the {@code GO} just read; returns where the batch text ends. */
    private int endGoBatch() throws Failure {
        int textEnd = start + pos - 1;
        next(); // The 'O'.
        if (peek() == ' ') {
            int count = start + pos;
            for (int r = peek(); r != EOS && r != '\n';) {
                r = next();
            }
            String digits = GoSpace.trim(src.text.substring(count, start + pos));
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
                throw new Failure(-1, "sql/migrate: invalid GO command, expect digits got "
                        + GoQuote.string(src.text.substring(count, start + pos)));
            }
        }
        return textEnd;
    }

    private boolean endsWithEnd() {
        return BlockKind.endsWithEnd(src.text, start, start + pos);
    }

    /**
     * Tries to read a block opening at the current character with a nested scanner. On success the
     * statement ends after the block; on failure scanning goes on after the opening words, which
     * Atlas does not rewind either.
     */
    private boolean skipBlock(BlockKind block) {
        int at = start + pos - 1;
        int body = block.matchOpening(src, at);
        if (body < 0) {
            return false;
        }
        pos = body - start;
        int end = src.blockEnd(block, body, this);
        if (end < 0) {
            return false;
        }
        pos = end - start;
        return true;
    }

    /** Scans a block body starting at {@code body}; returns its absolute end or -1. */
    int scanBody(BlockKind block, int body) {
        if (depth >= MAX_BLOCK_DEPTH) {
            throw new TooDeep(body);
        }
        Scanner inner = new Scanner(src, options, block, depth + 1, body);
        try {
            inner.init();
            for (;;) {
                Statement s = inner.statement();
                if (s == null) {
                    return -1;
                }
                int consumedTo = inner.start;
                if (block.closes(s.text(), delim, options)) {
                    return block.adjustEnd(s.text(), consumedTo);
                }
            }
        } catch (Failure f) {
            return -1;
        }
    }

    private Statement emit(int textEnd) {
        int stmtStart = start;
        String text = src.text.substring(stmtStart, textEnd);
        Statement statement;
        if (!DEFAULT_DELIMITER.equals(delim) && text.endsWith(delim)) {
            text = text.substring(0, text.length() - delim.length());
        }
        statement = new Statement(GoSpace.trim(text), kind == BlockKind.NONE ? src.line(stmtStart) : 0, stmtStart,
                comments);
        start += pos;
        pos = 0;
        comments.clear();
        return statement;
    }

    static boolean isRegexSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** The blocks a nested scanner can read. */
    enum BlockKind {
        NONE(null),
        BEGIN_ATOMIC(ScanOption.BEGIN_ATOMIC),
        BEGIN_TRY(ScanOption.BEGIN_TRY_CATCH),
        BEGIN(ScanOption.BEGIN_BLOCKS);

        /** In the order Atlas tries them. */
        static final BlockKind[] CANDIDATES = {BEGIN_ATOMIC, BEGIN_TRY, BEGIN};

        private final ScanOption option;

        BlockKind(ScanOption option) {
            this.option = option;
        }

        boolean enabled(Set<ScanOption> options) {
            return options.contains(option);
        }

        /** Matches {@code BEGIN\s+[ATOMIC|TRY\s+]} at {@code i}; returns where the body starts or -1. */
        int matchOpening(Source src, int i) {
            int j = word(src, i, "BEGIN");
            if (j < 0) {
                return -1;
            }
            if (this == BEGIN) {
                return j;
            }
            return word(src, j, this == BEGIN_ATOMIC ? "ATOMIC" : "TRY");
        }

        /** A word, case-insensitive, followed by at least one regex space; returns the end of the spaces. */
        private static int word(Source src, int i, String w) {
            if (!src.text.regionMatches(true, i, w, 0, w.length())) {
                return -1;
            }
            int j = i + w.length();
            if (!isRegexSpace(src.at(j))) {
                return -1;
            }
            while (isRegexSpace(src.at(j))) {
                j++;
            }
            return j;
        }

        /** Whether this body statement closes the block. */
        boolean closes(String text, String outerDelimiter, Set<ScanOption> options) {
            int endWord = endPrefix(text);
            switch (this) {
                case BEGIN_ATOMIC:
                    return endWord >= 0;
                case BEGIN_TRY:
                    return endCatchPrefix(text) >= 0;
                case BEGIN:
                    if (endWord >= 0) {
                        return endWord == text.length() || text.substring(endWord).equals(outerDelimiter);
                    }
                    return options.contains(ScanOption.BEGIN_END_TERMINATOR) && endsWithEnd(text, 0, text.length());
                default:
                    return false;
            }
        }

        /** Whether {@code text[from, to)} matches {@code \s*END\s*$}, as T-SQL block ends do. */
        static boolean endsWithEnd(String text, int from, int to) {
            int i = to;
            while (i > from && isRegexSpace(text.charAt(i - 1))) {
                i--;
            }
            return i - 3 >= from && text.regionMatches(true, i - 3, "END", 0, 3);
        }

        /** "END CATCH" without a delimiter gives back what the body read past it. */
        int adjustEnd(String text, int consumedTo) {
            if (this != BEGIN_TRY) {
                return consumedTo;
            }
            int end = endCatchPrefix(text);
            String matched = text.substring(0, end);
            if (!GoSpace.trim(matched).endsWith(";")) {
                return consumedTo - (text.length() - end);
            }
            return consumedTo;
        }

        /** Length of {@code ^\s*END\s*} in text, or -1. */
        private static int endPrefix(String text) {
            int i = 0;
            while (i < text.length() && isRegexSpace(text.charAt(i))) {
                i++;
            }
            if (!text.regionMatches(true, i, "END", 0, 3)) {
                return -1;
            }
            i += 3;
            while (i < text.length() && isRegexSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** Length of {@code ^\s*END\s*CATCH\s*} in text, or -1. */
        private static int endCatchPrefix(String text) {
            int i = endPrefix(text);
            if (i < 0 || !text.regionMatches(true, i, "CATCH", 0, 5)) {
                return -1;
            }
            i += 5;
            while (i < text.length() && isRegexSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    /** The text of one scan, shared by the nested scanners, with what they learned about it. */
    private static final class Source {
        final String text;
        final int length;
        private final Map<Long, Integer> blockEnds = new HashMap<>();
        private final Map<String, int[]> searches = new HashMap<>();
        /** The plain characters with the default delimiter, where every scanner of the text starts. */
        final PlainChars defaultPlain;
        private int lastEnd = -2;
        private int lineCursor;
        private int lineAtCursor = 1;

        Source(String text, Set<ScanOption> options) {
            this.text = text;
            this.length = text.length();
            this.defaultPlain = PlainChars.of(options, DEFAULT_DELIMITER);
        }

        int at(int i) {
            return i >= 0 && i < length ? text.charAt(i) : EOS;
        }

        int lineEnd(int from) {
            int nl = text.indexOf('\n', from);
            return nl < 0 ? length : nl;
        }

        /**
         * {@code text.indexOf(needle, from)}, remembering the last answer: a needle that is not
         * found from some offset is not found from any later one, so repeated unclosed comments do
         * not rescan the rest of the file.
         */
        int indexOf(String needle, int from) {
            int[] last = searches.get(needle);
            if (last != null && from >= last[0] && (last[1] < 0 || from <= last[1])) {
                return last[1];
            }
            int found = text.indexOf(needle, from);
            searches.put(needle, new int[] {from, found});
            return found;
        }

        int blockEnd(BlockKind block, int body, Scanner scanner) {
            if (body > lastEnd()) {
                return -1; // No END anywhere after the opening: it cannot be a block.
            }
            long key = ((long) body << 2) | block.ordinal();
            Integer known = blockEnds.get(key);
            if (known != null) {
                return known;
            }
            int end = scanner.scanBody(block, body);
            blockEnds.put(key, end);
            return end;
        }

        private int lastEnd() {
            if (lastEnd == -2) {
                lastEnd = -1;
                for (int i = length - 3; i >= 0; i--) {
                    if (text.regionMatches(true, i, "END", 0, 3)) {
                        lastEnd = i;
                        break;
                    }
                }
            }
            return lastEnd;
        }

        /** The 1-based line of an offset; offsets are asked in increasing order, so this is linear. */
        int line(int offset) {
            if (offset < lineCursor) {
                lineCursor = 0;
                lineAtCursor = 1;
            }
            for (int i = lineCursor; i < offset && i < length; i++) {
                if (text.charAt(i) == '\n') {
                    lineAtCursor++;
                }
            }
            lineCursor = Math.max(lineCursor, Math.min(offset, length));
            return lineAtCursor;
        }

        /** The 1-based column, in characters, of the character just before {@code after}. */
        int column(int after) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, after - 1) - 1) + 1;
            return Math.max(1, text.codePointCount(lineStart, Math.min(after, length)));
        }
    }

    /** An error at an absolute position (just after the offending character), or without one. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int after;

        Failure(int after, String message) {
            super(message, null, false, false);
            this.after = after;
        }

        ScanException toException(Source src) {
            if (after < 0) {
                return new ScanException(getMessage());
            }
            return new ScanException(src.line(Math.max(0, after - 1)), src.column(after), getMessage());
        }
    }

    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        TooDeep(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }
}
