package dev.strata.devdb.embedded;

import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Unpacks an xz-compressed tar archive (the PostgreSQL binaries' {@code .txz}): regular files with
 * their mode, directories, symbolic and hard links, GNU long names and pax paths. A reader of its
 * own over xz's decoder: the archives are plain GNU tar, and a general archive library would bring
 * three more jars to the distribution.
 */
final class TarXz {

    private static final int BLOCK = 512;

    private TarXz() {
    }

    /**
     * Unpacks {@code txz} into {@code dest}, keeping the entries whose path {@code keep} accepts.
     *
     * @throws IOException for a damaged archive or an entry that would land outside {@code dest}
     */
    static void extract(InputStream txz, Path dest, Predicate<String> keep) throws IOException {
        try (InputStream in = new BufferedInputStream(new XZInputStream(new BufferedInputStream(txz, 1 << 16)),
                1 << 16)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            String longLink = null;
            while (readBlock(in, header) && !allZero(header)) {
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                String name = longName != null ? longName : name(header);
                String link = longLink != null ? longLink : text(header, 157, 100);
                longName = null;
                longLink = null;
                switch (type) {
                    case 'L' -> longName = text(readData(in, size), 0, (int) size);
                    case 'K' -> longLink = text(readData(in, size), 0, (int) size);
                    case 'x' -> {
                        String pax = new String(readData(in, size), StandardCharsets.UTF_8);
                        longName = paxValue(pax, "path");
                        longLink = paxValue(pax, "linkpath");
                    }
                    default -> {
                        if (keep.test(name)) {
                            write(in, dest, name, type, link, size, (int) octal(header, 100, 8));
                        } else {
                            skip(in, size + padding(size));
                        }
                    }
                }
            }
        }
    }

    private static void write(InputStream in, Path dest, String name, char type, String link, long size, int mode)
            throws IOException {
        Path target = inside(dest, name);
        switch (type) {
            case '5' -> Files.createDirectories(target);
            case '2' -> {
                Files.createDirectories(target.getParent());
                Files.createSymbolicLink(target, Path.of(link));
            }
            case '1' -> {
                Files.createDirectories(target.getParent());
                Files.createLink(target, inside(dest, link));
            }
            case '0', '\0', '7' -> {
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    copy(in, out, size);
                }
                Files.setPosixFilePermissions(target, permissions(mode));
                skip(in, padding(size));
                return;
            }
            default -> {
                // Devices and FIFOs: none in these archives, and nothing Strata needs.
            }
        }
        skip(in, size + padding(size));
    }

    private static Path inside(Path dest, String name) throws IOException {
        Path target = dest.resolve(name).normalize();
        if (!target.startsWith(dest) || name.startsWith("/")) {
            throw new IOException("archive entry \"" + name + "\" points outside " + dest);
        }
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ first, OTHERS_EXECUTE last
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        return set;
    }

    private static String name(byte[] h) {
        String name = text(h, 0, 100);
        boolean ustar = text(h, 257, 5).equals("ustar");
        String prefix = ustar && h[345] != 0 && !text(h, 257, 8).equals("ustar  ") ? text(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxValue(String pax, String key) {
        for (String record : pax.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith(key + "=", space + 1)) {
                return record.substring(space + 2 + key.length());
            }
        }
        return null;
    }

    private static String text(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len) throws IOException {
        if ((b[off] & 0x80) != 0) {
            throw new IOException("tar entry larger than 8 GB");
        }
        String s = text(b, off, len).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static byte[] readData(InputStream in, long size) throws IOException {
        if (size > 1 << 20) {
            throw new IOException("tar header record of " + size + " bytes");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) {
            throw new IOException("truncated archive");
        }
        skip(in, padding(size));
        return data;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n != 0 && n != BLOCK) {
            throw new IOException("truncated archive");
        }
        return n == BLOCK;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("truncated archive");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }
}
