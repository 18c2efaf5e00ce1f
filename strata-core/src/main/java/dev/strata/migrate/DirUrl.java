package dev.strata.migrate;

import dev.strata.UsageException;

import java.nio.file.Path;

/**
 * A migration directory URL as Atlas reads {@code --dir}: {@code file://migrations} is the relative
 * path {@code migrations}, {@code file:///abs/dir} an absolute one. An optional {@code ?format=}
 * names the layout ({@code atlas} by default).
 *
 * @param url    the URL as given
 * @param path   the local path
 * @param format the directory layout
 */
public record DirUrl(String url, Path path, String format) {

    /** The default {@code --dir}. */
    public static final String DEFAULT = "file://migrations";

    /**
     * Parses a directory URL.
     *
     * @throws UsageException for a missing or unsupported scheme
     */
    public static DirUrl parse(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            throw new UsageException("missing scheme for dir url " + quote(url) + ". Did you mean \"file://" + url + "\"?");
        }
        String name = url.substring(0, scheme);
        if (!name.equals("file")) {
            throw new UsageException("unsupported dir url scheme " + quote(name) + " in " + quote(url)
                    + " (supported: file://)");
        }
        String rest = url.substring(scheme + 3);
        String format = "atlas";
        int query = rest.indexOf('?');
        if (query >= 0) {
            for (String param : rest.substring(query + 1).split("&")) {
                if (param.startsWith("format=")) {
                    format = param.substring("format=".length());
                }
            }
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty()) {
            throw new UsageException("dir url " + quote(url) + " names no directory");
        }
        return new DirUrl(url, Path.of(rest), format);
    }

    /** Opens the directory, which must exist. */
    public LocalDir open() {
        requireAtlasFormat();
        if (!java.nio.file.Files.exists(path)) {
            throw new UsageException("migration directory not found: " + path + " (--dir " + url + ")");
        }
        return LocalDir.open(path, path.toString());
    }

    /** Opens the directory, creating it when missing. */
    public LocalDir openOrCreate() {
        requireAtlasFormat();
        return LocalDir.create(path, path.toString());
    }

    private void requireAtlasFormat() {
        if (!format.equals("atlas")) {
            throw new UsageException("dir format " + quote(format) + " in " + quote(url)
                    + " is not supported here: Strata runs Atlas-format directories"
                    + " (convert others with 'strata migrate import')");
        }
    }

    private static String quote(String s) {
        return dev.strata.migrate.lex.GoQuote.string(s);
    }
}
