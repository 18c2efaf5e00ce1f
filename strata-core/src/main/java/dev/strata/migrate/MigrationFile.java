package dev.strata.migrate;

import dev.strata.StrataException;
import dev.strata.migrate.lex.Directive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One migration file: its name and its raw bytes, which the checksum covers exactly. The version is
 * the name up to the first {@code _}, the description what follows it, both without {@code .sql}.
 */
public final class MigrationFile {

    private static final String SQL = ".sql";

    private final String name;
    private final byte[] bytes;
    private String text;
    /** Kept once made: a run asks each file for it several times (order, duplicates, missing and pending files). */
    private String version;

    /**
     * @param name  the file name, such as {@code 20240101000000_create_users.sql}
     * @param bytes the content, exactly as stored (copied)
     */
    public MigrationFile(String name, byte[] bytes) {
        this(name, bytes, true);
    }

    private MigrationFile(String name, byte[] bytes, boolean copy) {
        this.name = name;
        this.bytes = copy ? bytes.clone() : bytes;
    }

    /**
     * A file whose content array nothing else holds, such as one just read from disk: it is kept as
     * it is, sparing a copy of every file of a large directory.
     */
    static MigrationFile ofUnshared(String name, byte[] bytes) {
        return new MigrationFile(name, bytes, false);
    }

    /** The file name. */
    public String name() {
        return name;
    }

    /** The version: the name without {@code .sql}, up to the first {@code _}. */
    public String version() {
        if (version == null) {
            version = versionOf(name);
        }
        return version;
    }

    /** The version of a file of that name, as {@link #version()}. */
    static String versionOf(String name) {
        String base = name.endsWith(SQL) ? name.substring(0, name.length() - SQL.length()) : name;
        int underscore = base.indexOf('_');
        return underscore < 0 ? base : base.substring(0, underscore);
    }

    /** The description: what follows the first {@code _}, without {@code .sql}; empty without one. */
    public String description() {
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return "";
        }
        String rest = name.substring(underscore + 1);
        return rest.endsWith(SQL) ? rest.substring(0, rest.length() - SQL.length()) : rest;
    }

    /** A copy of the raw content. */
    public byte[] bytes() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }

    byte[] rawBytes() {
        return bytes;
    }

    /**
     * The content decoded as UTF-8, without a leading byte-order mark.
     *
     * @throws StrataException naming the file and line when the content is not valid UTF-8
     */
    public String text() {
        if (text == null) {
            text = decode();
        }
        return text;
    }

    private String decode() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = decoder.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte();
            throw new StrataException(name + ":" + lineOfByte(bad) + ": invalid UTF-8 (byte offset " + bad
                    + "); migration files must be UTF-8");
        }
    }

    private int firstInvalidByte() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    private int lineOfByte(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Whether the first line carries {@code atlas:sum ignore}, which leaves the file out of
     * {@code atlas.sum}. Read from the raw bytes exactly as Atlas does, so the sum stays identical.
     */
    public boolean sumIgnored() {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String firstLine = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        return Directive.parse(firstLine).filter(d -> d.name().equals("sum") && d.argument().equals("ignore"))
                .isPresent();
    }

    /**
     * The arguments of the file directives with this name, such as {@code none} for
     * {@code -- atlas:txmode none}. File directives are the comment lines at the top of the file,
     * followed by a blank line (or by nothing); without the blank line they belong to the first
     * statement, as in Atlas.
     */
    public List<String> directive(String name) {
        return directive(Directive.ATLAS, name);
    }

    /** The arguments of Strata's own file directives with this name, such as {@code 2s} for {@code -- strata:lock_timeout 2s}. */
    public List<String> strataDirective(String name) {
        return directive(Directive.STRATA, name);
    }

    private List<String> directive(String mark, String name) {
        List<String> found = new ArrayList<>();
        for (String comment : headerComments(header())) {
            Directive.parse(comment, mark).filter(d -> d.name().equals(name)).ifPresent(d -> found.add(d.argument()));
        }
        return found;
    }

    /** Whether the file is a checkpoint (an {@code atlas:checkpoint} file directive). */
    public boolean isCheckpoint() {
        return !directive("checkpoint").isEmpty();
    }

    /**
     * The text directives stand in: the leading comment lines and the line after them, or the whole
     * text once it was decoded. Each run asks every file whether it is a checkpoint, and decoding
     * every whole file for that was the most a run with nothing to apply did per file. The content is
     * still checked whole: a file that is not all ASCII is decoded (and refused) as {@link #text()} does.
     */
    private String header() {
        if (text != null) {
            return text;
        }
        for (byte b : bytes) {
            if (b < 0) {
                return text();
            }
        }
        // ASCII: no byte-order mark, and any prefix decodes as the whole text begins.
        int end = 0;
        while (end < bytes.length && (bytes[end] == '#' || bytes[end] == '-' && end + 1 < bytes.length
                && bytes[end + 1] == '-')) {
            end = lineEnd(end);
        }
        return new String(bytes, 0, lineEnd(end), StandardCharsets.US_ASCII);
    }

    /** Where the line that starts at {@code from} ends, its newline included. */
    private int lineEnd(int from) {
        int at = from;
        while (at < bytes.length && bytes[at++] != '\n') {
            // to the newline
        }
        return at;
    }

    static List<String> headerComments(String content) {
        List<String> comments = new ArrayList<>();
        int at = 0;
        while (content.startsWith("#", at) || content.startsWith("--", at)) {
            int newline = content.indexOf('\n', at);
            if (newline < 0) {
                return List.of(); // A comments-only file without a final newline has no directives.
            }
            comments.add(content.substring(at, newline).strip());
            at = newline + 1;
        }
        int rest = at;
        while (rest < content.length() && (content.charAt(rest) == ' ' || content.charAt(rest) == '\t'
                || content.charAt(rest) == '\r')) {
            rest++;
        }
        if (at < content.length() && (rest >= content.length() || content.charAt(rest) != '\n')) {
            return List.of();
        }
        return comments;
    }

    @Override
    public String toString() {
        return name;
    }
}
