package dev.strata.migrate;

import dev.strata.StrataException;

/**
 * The migration directory does not match its {@code atlas.sum}: the file is missing, malformed, or
 * a migration file was added, edited or removed since it was written.
 */
public final class ChecksumException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the checksum file. */
    public enum Kind {
        /** The directory has files but no atlas.sum. */
        NOT_FOUND("checksum file not found"),
        /** A line of atlas.sum cannot be read. */
        FORMAT_INVALID("checksum file format invalid"),
        /** The files differ from what atlas.sum lists. */
        MISMATCH("checksum mismatch");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** Atlas's wording of the error. */
        public String text() {
            return text;
        }
    }

    /** How a migration file changed since the checksum file was written. */
    public enum Reason {
        /** A file is not listed. */
        ADDED,
        /** A listed file has other content. */
        EDITED,
        /** A listed file is gone. */
        REMOVED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Kind kind;
    private final String sumFile;
    private final int line;
    private final String file;
    private final Reason reason;

    ChecksumException(Kind kind, String sumFile, int line, String file, Reason reason) {
        super(message(kind, sumFile, line, file, reason));
        this.kind = kind;
        this.sumFile = sumFile;
        this.line = line;
        this.file = file;
        this.reason = reason;
    }

    private static String message(Kind kind, String sumFile, int line, String file, Reason reason) {
        if (reason != null) {
            return kind.text() + ": " + file + " was " + reason + " (" + sumFile + " line " + line + ")";
        }
        if (line > 0) {
            return kind.text() + ": " + sumFile + " line " + line;
        }
        return kind.text() + ": " + sumFile;
    }

    /** What is wrong. */
    public Kind kind() {
        return kind;
    }

    /** The checksum file, as the user named its directory. */
    public String sumFile() {
        return sumFile;
    }

    /** The line of {@code atlas.sum} at fault, or 0. */
    public int line() {
        return line;
    }

    /** The migration file that changed, when known. */
    public String file() {
        return file;
    }

    /** How the file changed, when known. */
    public Reason reason() {
        return reason;
    }
}
