package dev.strata.declare;

import dev.strata.UsageException;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a schema state comes from, as Atlas reads {@code --url}, {@code --from} and {@code --to}:
 * a database URL, {@code file://} HCL files, {@code file://} SQL files or a folder of them, or a
 * migration directory. Several {@code file://} URLs make one source; a database is one URL.
 */
public sealed interface Source {

    /** How the source is named in messages: the URL as given (a database's redacted). */
    String label();

    /** A live database, inspected. */
    record Database(DatabaseUrl url) implements Source {
        public String label() {
            return url.redacted();
        }
    }

    /** HCL schema files (a directory stands for its {@code *.hcl} files), read as one document. */
    record Hcl(List<Path> paths, String label) implements Source {
        public Hcl {
            paths = List.copyOf(paths);
        }
    }

    /**
     * SQL schema files, run in order on the dev database and inspected there: a file, or the
     * {@code *.sql} files of a folder in lexical order.
     */
    record Sql(List<Path> files, String label) implements Source {
        public Sql {
            files = List.copyOf(files);
        }
    }

    /** A migration directory (it has an {@code atlas.sum}, or is called {@code migrations}), replayed on the dev database. */
    record MigrationDirectory(Path dir, String label) implements Source {
    }

    /** Whether reading the source needs a dev database. */
    default boolean needsDev() {
        return !(this instanceof Database);
    }

    /**
     * Reads the URLs of one flag.
     *
     * @param flag     the flag, for messages ({@code --to})
     * @param parseUrl how a database URL is parsed (the command line registers its password first)
     * @throws UsageException with one line naming the flag and the URL at fault
     */
    static Source parse(String flag, List<String> urls, Function<String, DatabaseUrl> parseUrl) {
        if (urls.isEmpty()) {
            throw new UsageException(flag + ": at least one url is required");
        }
        String scheme = null;
        for (String u : urls) {
            int at = u.indexOf("://");
            if (at < 0) {
                Path p = Path.of(u);
                if (Files.isDirectory(p) || u.endsWith(".sql") || u.endsWith(".hcl")) {
                    throw new UsageException(flag + ": missing scheme. Did you mean file://" + u + "?");
                }
                throw new UsageException(flag + " " + u + ": missing scheme. See: https://atlasgo.io/url");
            }
            String current = u.substring(0, at);
            if (scheme == null) {
                scheme = current;
            } else if (!scheme.equals(current)) {
                throw new UsageException("got mixed " + flag + " url schemes: \"" + scheme + "\" and \"" + current
                        + "\", the desired state must be provided from a single kind of source");
            } else if (!current.equals("file")) {
                throw new UsageException("got multiple " + flag + " urls of scheme \"" + current
                        + "\", only multiple 'file://' urls are supported");
            }
        }
        if (!"file".equals(scheme)) {
            return new Database(parseUrl.apply(urls.get(0)));
        }
        return files(flag, urls);
    }

    private static Source files(String flag, List<String> urls) {
        List<Path> paths = new ArrayList<>();
        boolean forceDir = false;
        for (String u : urls) {
            String rest = u.substring("file://".length());
            int q = rest.indexOf('?');
            if (q >= 0) {
                forceDir |= rest.substring(q + 1).matches("(^|.*&)(version|format)=.*");
                rest = rest.substring(0, q);
            }
            Path p = Path.of(rest);
            if (!Files.exists(p)) {
                throw new UsageException(flag + " " + u + ": stat " + rest + ": no such file or directory");
            }
            paths.add(p);
        }
        String label = String.join(",", urls);
        if (paths.size() == 1 && Files.isDirectory(paths.get(0)) && (forceDir
                || Files.exists(paths.get(0).resolve("atlas.sum"))
                || paths.get(0).getFileName() != null && paths.get(0).getFileName().toString().equals("migrations"))) {
            return new MigrationDirectory(paths.get(0), label);
        }
        String ext = null;
        String first = null;
        List<Path> sql = new ArrayList<>();
        for (Path p : paths) {
            for (Path f : members(p)) {
                String name = f.getFileName().toString();
                String e = name.endsWith(".hcl") ? ".hcl" : name.endsWith(".sql") ? ".sql" : null;
                if (e == null) {
                    if (!Files.isDirectory(p)) {
                        throw new UsageException(flag + ": unknown schema file: \"" + name + "\"");
                    }
                    continue;
                }
                if (ext != null && !ext.equals(e)) {
                    throw new UsageException(flag + ": ambiguous schema: both SQL and HCL files found: \"" + first
                            + "\", \"" + name + "\"");
                }
                ext = e;
                first = name;
                sql.add(f);
            }
        }
        if (ext == null) {
            throw new UsageException(flag + ": " + (paths.size() == 1 ? "\"" + paths.get(0).getFileName()
                    + "\" contains" : "schema contains") + " neither SQL nor HCL files");
        }
        if (ext.equals(".hcl")) {
            return new Hcl(paths, label);
        }
        if (paths.size() != 1) {
            throw new UsageException(flag + ": the provided SQL state must be either a single schema file or a"
                    + " migration directory, but " + paths.size() + " paths were found");
        }
        return new Sql(sql, label);
    }

    /** A file, or the files directly in a folder, sorted by name. */
    private static List<Path> members(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("reading " + p + ": " + e.getMessage(), e);
        }
    }
}
