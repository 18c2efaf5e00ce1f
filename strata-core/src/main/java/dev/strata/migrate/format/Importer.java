package dev.strata.migrate.format;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code migrate import}: converts another tool's migration directory into Atlas's layout as Atlas
 * does. Each file's up part is rewritten statement by statement (its attached comments, the
 * statement, {@code ;}), named {@code <version>_<description>.sql}, and {@code atlas.sum} is
 * written last.
 */
public final class Importer {

    private static final DateTimeFormatter NEW_VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final SourceFormat format;
    private final Path source;
    private final boolean padVersions;

    /**
     * @param padVersions write numeric versions zero-padded (see {@link VersionNames})
     */
    Importer(SourceFormat format, Path source, boolean padVersions) {
        this.format = format;
        this.source = source;
        this.padVersions = padVersions;
    }

    /**
     * An import of a directory in the format {@code ?format=} names.
     *
     * @param format      flyway, liquibase, golang-migrate, goose or dbmate
     * @param padVersions write numeric versions zero-padded (see {@link VersionNames})
     * @throws UsageException for another name
     */
    public static Importer of(String format, Path source, boolean padVersions) {
        return new Importer(SourceFormats.named(format), source, padVersions);
    }

    /**
     * Checks the source: it must exist, and when it has an {@code atlas.sum} (computed over the
     * format's files) the files must match it.
     *
     * @throws UsageException when the directory does not exist
     */
    Listing check() {
        if (!Files.isDirectory(source)) {
            throw new UsageException("migration directory not found: " + source);
        }
        Listing listing = format.list(source);
        sourceDir(listing).sumFile().ifPresent(sum -> sourceDir(listing).verify());
        return listing;
    }

    /**
     * Converts the directory into {@code target}, created when missing, which must hold no migration
     * file. The source is checked first, as Atlas does.
     *
     * @param location how the user named the target, for messages
     * @return the result; no file imported when the source has no migration ("nothing to import")
     */
    public ImportResult run(Path targetPath, String location) {
        Listing listing = check();
        LocalDir target = LocalDir.create(targetPath, location);
        if (!target.files().isEmpty()) {
            throw new UsageException("target migration directory must be empty");
        }
        List<SourceFile> files = listing.migrations();
        if (files.isEmpty()) {
            return new ImportResult(format.name(), List.of(), listing.leftOut(), List.of());
        }
        List<String> versions = VersionNames.assign(files, padVersions);
        List<ImportResult.Imported> imported = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        Map<String, String> byVersion = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            String version = versions.get(i);
            String name = version + (f.description().isEmpty() ? "" : "_" + f.description()) + ".sql";
            String other = byVersion.putIfAbsent(version, f.name());
            if (other != null) {
                throw new StrataException(format.name() + ": " + other + " and " + f.name() + " both import as version "
                        + version + " (each file needs its own version)");
            }
            UpPart up = upPart(f);
            contents.add(content(up).getBytes(StandardCharsets.UTF_8));
            imported.add(new ImportResult.Imported(f.name(), name, up.statements().size(), f.kind(),
                    up.noTransaction()));
        }
        for (int i = 0; i < imported.size(); i++) {
            target.write(imported.get(i).target(), contents.get(i));
        }
        target.writeSum();
        return new ImportResult(format.name(), imported, listing.leftOut(), warnings(imported));
    }

    private UpPart upPart(SourceFile f) {
        try {
            return format.upPart(f);
        } catch (ScanException e) {
            throw new StrataException(source + "/" + f.name() + ": " + e.getMessage());
        }
    }

    /** Atlas's default formatter over the rebuilt statements: comments, the statement, {@code ;}. */
    static String content(UpPart up) {
        StringBuilder b = new StringBuilder();
        if (up.noTransaction()) {
            b.append("-- atlas:txmode none\n\n");
        }
        for (Statement s : up.statements()) {
            for (String comment : s.comments()) {
                b.append(comment);
                if (!comment.endsWith("\n")) {
                    b.append('\n');
                }
            }
            String text = s.text();
            b.append(text.endsWith(";") ? text.substring(0, text.length() - 1) : text).append(";\n");
        }
        return b.toString();
    }

    /** Where name order (Strata's run order) departs from the tool's order, and files new ones would precede. */
    private List<String> warnings(List<ImportResult.Imported> imported) {
        List<String> warnings = new ArrayList<>();
        for (int i = 1; i < imported.size(); i++) {
            ImportResult.Imported earlier = imported.get(i - 1);
            ImportResult.Imported later = imported.get(i);
            if (Names.compare(later.target(), earlier.target()) < 0) {
                warnings.add("Strata runs files in name order: " + later.target() + " (" + later.source()
                        + ") sorts before " + earlier.target() + " (" + earlier.source() + "), which " + format.name()
                        + " runs first");
                break;
            }
        }
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(NEW_VERSION);
        Optional<ImportResult.Imported> late = imported.stream()
                .filter(f -> Names.compare(new MigrationFile(f.target(), new byte[0]).version(), now) > 0)
                .max((a, b) -> Names.compare(a.target(), b.target()));
        late.ifPresent(f -> warnings.add(f.target() + " sorts after the files 'strata migrate new' names (" + now
                + "_...), so 'migrate apply' would refuse a new file as out of order"));
        if (!warnings.isEmpty() && !padVersions) {
            warnings.add("import again with --pad-versions to write zero-padded versions that keep "
                    + format.name() + "'s order and sort before new files");
        }
        return warnings;
    }

    /** The source files as a migration directory, to check them against the source's atlas.sum. */
    private MigrationDir sourceDir(Listing listing) {
        List<MigrationFile> files = listing.migrations().stream().map(f -> new MigrationFile(f.name(), f.bytes()))
                .toList();
        return new MigrationDir() {
            @Override
            public String location() {
                return source.toString();
            }

            @Override
            public List<MigrationFile> files() {
                return files;
            }

            @Override
            public Optional<byte[]> sumFile() {
                try {
                    return Optional.of(Files.readAllBytes(source.resolve(SumFile.FILE_NAME)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    throw new StrataException("cannot read " + sumFileLocation() + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
