package dev.strata.migrate.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions the import writes. By default Atlas's: the tool's version as it is, and
 * {@code <n>R} for a Flyway repeatable, {@code n} being the version before it. With padding, numeric
 * versions are written zero-padded so that name order (the order Strata runs files in) is the tool's
 * order and every imported file sorts before the {@code yyyyMMddHHmmss} versions of new files.
 */
final class VersionNames {

    /** The width of the versions {@code migrate new} writes. */
    static final int TIMESTAMP_WIDTH = 14;

    private VersionNames() {
    }

    /**
     * One version per file, in the order given.
     *
     * <p>Atlas gives every repeatable the same {@code <n>R}, which makes duplicate versions Strata
     * refuses to run; several repeatables are numbered {@code <n>R1}, {@code <n>R2}, ... With padding
     * the marker is a lower-case {@code r}, which sorts after {@code _}, so repeatables follow the file
     * before them as in Flyway.
     */
    static List<String> assign(List<SourceFile> files, boolean pad) {
        List<String> versions = new ArrayList<>();
        for (SourceFile f : files) {
            versions.add(f.version());
        }
        if (pad) {
            pad(versions, files);
        }
        long repeatables = files.stream().filter(f -> f.kind() == SourceFile.Kind.REPEATABLE).count();
        String before = pad ? "0".repeat(TIMESTAMP_WIDTH) : "0";
        int seen = 0;
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).kind() != SourceFile.Kind.REPEATABLE) {
                before = versions.get(i);
                continue;
            }
            seen++;
            versions.set(i, before + (pad ? "r" : "R") + (repeatables > 1 ? String.valueOf(seen) : ""));
        }
        return versions;
    }

    /**
     * Pads every numeric version ({@code 3}, {@code 2.1}) in place: the first number to at least 14
     * digits, the others to the widest at their position, and all to the same count of numbers, so
     * that byte order is numeric order ({@code 3.1} would otherwise sort before {@code 3_}).
     */
    private static void pad(List<String> versions, List<SourceFile> files) {
        List<String[]> numeric = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            numeric.add(files.get(i).kind() != SourceFile.Kind.REPEATABLE
                    && FlywayVersion.numeric(versions.get(i)).isPresent() ? versions.get(i).split("\\.") : null);
        }
        int count = 0;
        for (String[] parts : numeric) {
            count = parts == null ? count : Math.max(count, parts.length);
        }
        int[] widths = new int[count];
        for (String[] parts : numeric) {
            for (int j = 0; parts != null && j < parts.length; j++) {
                widths[j] = Math.max(widths[j], parts[j].length());
            }
        }
        if (count > 0) {
            widths[0] = Math.max(widths[0], TIMESTAMP_WIDTH);
        }
        for (int i = 0; i < versions.size(); i++) {
            String[] parts = numeric.get(i);
            if (parts == null) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (int j = 0; j < count; j++) {
                String p = j < parts.length ? parts[j] : "0";
                out.add("0".repeat(widths[j] - p.length()) + p);
            }
            versions.set(i, String.join(".", out));
        }
    }
}
