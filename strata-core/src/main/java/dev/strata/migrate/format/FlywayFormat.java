package dev.strata.migrate.format;

import dev.strata.StrataException;
import dev.strata.migrate.Names;
import dev.strata.migrate.lex.ScanException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Flyway: {@code V<version>__<description>.sql} versioned, {@code B...} baseline and {@code R__...}
 * repeatable migrations, in the directory and its non-hidden subdirectories.
 *
 * <p>As Atlas: only the newest baseline is kept and versioned files it includes are dropped; order is
 * baseline, versioned by Flyway version, repeatables. Unlike Atlas: baselines and the files they
 * include are compared as Flyway versions (Atlas compares strings, and compares file paths with the
 * baseline version when it drops files, which only works when the baseline is walked first); and a
 * {@code _} in a version becomes {@code .}, as Flyway reads it, so {@code V3_1__x.sql} imports as
 * {@code 3.1_x.sql} (Atlas writes {@code 3_1_x.sql}, whose version is {@code 3}).
 */
final class FlywayFormat implements SourceFormat {

    private static final String SEPARATOR = "__";

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    public Listing list(Path dir) {
        List<SourceFile> baselines = new ArrayList<>();
        List<SourceFile> versioned = new ArrayList<>();
        List<SourceFile> repeatable = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (String name : walk(dir)) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            char prefix = base.charAt(0);
            if (!base.endsWith(".sql") || base.length() < 4 || "VBR".indexOf(prefix) < 0) {
                String reason = reason(base);
                if (reason != null) {
                    leftOut.add(new LeftOut(name, reason));
                }
                continue;
            }
            String stem = base.substring(0, base.length() - ".sql".length());
            int sep = stem.indexOf(SEPARATOR);
            String description = sep < 0 ? "" : stem.substring(sep + SEPARATOR.length());
            String version = prefix == 'R' ? ""
                    : (sep < 0 ? stem : stem.substring(0, sep)).substring(1).replace('_', '.');
            SourceFile.Kind kind = prefix == 'V' ? SourceFile.Kind.VERSIONED
                    : prefix == 'B' ? SourceFile.Kind.BASELINE : SourceFile.Kind.REPEATABLE;
            SourceFile file = new SourceFile(name, SourceDir.read(dir, name), version, description, kind);
            (kind == SourceFile.Kind.VERSIONED ? versioned : kind == SourceFile.Kind.BASELINE ? baselines : repeatable)
                    .add(file);
        }
        Comparator<SourceFile> byVersion = Comparator.comparing(f -> FlywayVersion.parse(f.version()));
        List<SourceFile> migrations = new ArrayList<>();
        SourceFile baseline = baselines.stream().max(byVersion).orElse(null);
        if (baseline != null) {
            migrations.add(baseline);
            FlywayVersion upTo = FlywayVersion.parse(baseline.version());
            for (SourceFile b : baselines) {
                if (b != baseline) {
                    leftOut.add(new LeftOut(b.name(), "older baseline, replaced by " + baseline.name()));
                }
            }
            versioned.removeIf(v -> {
                boolean included = FlywayVersion.parse(v.version()).compareTo(upTo) <= 0;
                if (included) {
                    leftOut.add(new LeftOut(v.name(), "included in the baseline " + baseline.name()));
                }
                return included;
            });
        }
        versioned.sort(byVersion);
        repeatable.sort(Comparator.comparing(SourceFile::description, Names::compare));
        migrations.addAll(versioned);
        migrations.addAll(repeatable);
        leftOut.sort(Comparator.comparing(LeftOut::name, Names::compare));
        return new Listing(migrations, leftOut);
    }

    /** Why a file that is not a V, B or R migration is left out, or null when it is not worth naming. */
    private static String reason(String base) {
        String lower = base.toLowerCase(Locale.ROOT);
        if (base.startsWith(".")) {
            return null;
        }
        if (base.startsWith("U") && lower.endsWith(".sql")) {
            return "Flyway undo migration (Strata runs no down migrations)";
        }
        if (lower.endsWith(".java") || lower.endsWith(".kt") || lower.endsWith(".class")) {
            return "Java-based migration (not carried over)";
        }
        if (lower.endsWith(".conf") || lower.endsWith(".toml")) {
            return "Flyway script configuration (not carried over)";
        }
        if ((lower.startsWith("before") || lower.startsWith("after")) && lower.endsWith(".sql")) {
            return "Flyway callback (not carried over)";
        }
        if ("VRB".indexOf(base.charAt(0)) >= 0 && base.contains(SEPARATOR)) {
            return "script migration (only SQL migrations are imported)";
        }
        return "not a Flyway SQL migration (V, B or R prefix, .sql)";
    }

    /** Every regular file under the directory, relative with {@code /}, in byte order; hidden folders skipped. */
    private static List<String> walk(Path dir) {
        List<String> names = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !(f.getParent().equals(dir)
                            && f.getFileName().toString().equals(dev.strata.migrate.SumFile.FILE_NAME))) {
                        names.add(dir.relativize(f).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StrataException("cannot read migration directory " + dir + ": " + e.getMessage(), e);
        }
        names.sort(Names::compare);
        return names;
    }

    @Override
    public UpPart upPart(SourceFile file) throws ScanException {
        return new UpPart(SourceDir.statements(SourceDir.text(file)), false);
    }
}
