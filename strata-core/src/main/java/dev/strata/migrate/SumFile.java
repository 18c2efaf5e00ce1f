package dev.strata.migrate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integrity file {@code atlas.sum}, byte for byte as Atlas writes it: one running SHA-256 over
 * every file name and content in order (so each hash covers all earlier files), and a directory sum
 * over the entries.
 *
 * @param entries one per listed file, in directory order
 */
public record SumFile(List<Entry> entries) {

    /** The name of the file in a migration directory. */
    public static final String FILE_NAME = "atlas.sum";

    private static final String H1 = "h1:";

    /**
     * One listed file.
     *
     * @param name the file name
     * @param hash the base64 SHA-256 of the running state after the file, without {@code h1:}
     */
    public record Entry(String name, String hash) {

        // Written out: a record's generated equals and hashCode are bootstrapped through method
        // handles on first use, which the AOT cache does not keep: every apply compared the lists
        // of atlas.sum with seven classes spun at run time, several milliseconds of a no-op.
        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && name.equals(e.name) && hash.equals(e.hash);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + hash.hashCode();
        }
    }

    public SumFile {
        entries = List.copyOf(entries);
    }

    /** Computes the sum of the files, in the order given. */
    public static SumFile of(List<MigrationFile> files) {
        Sha256 running = new Sha256();
        List<Entry> entries = new ArrayList<>(files.size());
        for (MigrationFile f : files) {
            running.update(f.name().getBytes(StandardCharsets.UTF_8));
            if (f.sumIgnored()) {
                continue; // Its name stays in the chain, but it gets no entry.
            }
            running.update(f.rawBytes());
            entries.add(new Entry(f.name(), base64(running.snapshot())));
        }
        return new SumFile(entries);
    }

    /** The directory sum: a SHA-256 over every entry's name and hash. */
    public String sum() {
        Sha256 total = new Sha256();
        for (Entry e : entries) {
            total.update(e.name().getBytes(StandardCharsets.UTF_8));
            total.update(e.hash().getBytes(StandardCharsets.UTF_8));
        }
        return base64(total.digest());
    }

    /**
     * Every file's hash, without {@code h1:}, by name (the first entry of a name, as {@link #hashOf}
     * finds it): for looking up many files, where a scan per file would be quadratic in the directory.
     */
    public Map<String, String> hashesByName() {
        Map<String, String> byName = new HashMap<>(entries.size() * 2);
        for (Entry e : entries) {
            byName.putIfAbsent(e.name(), e.hash());
        }
        return byName;
    }

    /** The hash listed for a file, without {@code h1:}. */
    public Optional<String> hashOf(String name) {
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                return Optional.of(e.hash());
            }
        }
        return Optional.empty();
    }

    /** The file content. */
    public byte[] toBytes() {
        StringBuilder b = new StringBuilder(H1).append(sum()).append('\n');
        for (Entry e : entries) {
            b.append(e.name()).append(' ').append(H1).append(e.hash()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a checksum file as Atlas does: the first line is the directory sum, each further line a
     * name and {@code h1:} hash; CRLF line ends are accepted.
     *
     * @param where the file as named in messages
     * @throws ChecksumException when a line lacks {@code h1:} or the directory sum does not match
     */
    public static SumFile parse(byte[] content, String where) {
        List<String> lines = lines(new String(content, StandardCharsets.UTF_8));
        String declared = lines.isEmpty() ? "" : stripH1(lines.get(0));
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(H1);
            if (at < 0) {
                throw new ChecksumException(ChecksumException.Kind.FORMAT_INVALID, where, i + 1, null, null);
            }
            entries.add(new Entry(line.substring(0, at).strip(), line.substring(at + H1.length())));
        }
        SumFile parsed = new SumFile(entries);
        if (!declared.equals(parsed.sum())) {
            throw new ChecksumException(ChecksumException.Kind.MISMATCH, where, 1, null, null);
        }
        return parsed;
    }

    /**
     * Checks this (expected, computed) sum against the one read from disk, and names the first
     * difference: the line of {@code atlas.sum}, the file, and whether it was added, edited or removed.
     */
    void verifyAgainst(SumFile onDisk, String where) {
        // Equal entries give equal sums: the usual case needs no more hashing (parse already hashed
        // the entries read, to check the first line). Only where they differ do the sums decide.
        if (onDisk.entries().equals(entries) || onDisk.sum().equals(sum())) {
            return;
        }
        List<Entry> actual = onDisk.entries();
        for (int i = 0; i < actual.size(); i++) {
            Entry listed = actual.get(i);
            if (i < entries.size() && entries.get(i).equals(listed)) {
                continue;
            }
            int found = indexOf(listed.name());
            if (found < 0 || i >= entries.size()) {
                throw mismatch(where, i + 2, listed.name(), ChecksumException.Reason.REMOVED);
            }
            if (found == i) {
                throw mismatch(where, i + 2, listed.name(), ChecksumException.Reason.EDITED);
            }
            throw mismatch(where, i + 2, entries.get(i).name(), ChecksumException.Reason.ADDED);
        }
        throw mismatch(where, actual.size() + 2, entries.get(actual.size()).name(), ChecksumException.Reason.ADDED);
    }

    private int indexOf(String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static ChecksumException mismatch(String where, int line, String file, ChecksumException.Reason reason) {
        return new ChecksumException(ChecksumException.Kind.MISMATCH, where, line, file, reason);
    }

    /** Lines as Go's bufio.Scanner yields them: split at \n, a trailing \r dropped, no empty last line. */
    private static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(at, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            at = nl < 0 ? s.length() : nl + 1;
        }
        return lines;
    }

    private static String stripH1(String line) {
        return line.startsWith(H1) ? line.substring(H1.length()) : line;
    }

    private static String base64(byte[] digest) {
        return Base64.getEncoder().encodeToString(digest);
    }
}
