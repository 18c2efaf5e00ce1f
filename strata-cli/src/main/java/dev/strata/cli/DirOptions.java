package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MisnamedFiles;
import picocli.CommandLine.Option;

/** The {@code --dir} flag shared by the migrate commands. */
final class DirOptions {

    @Option(names = "--dir", paramLabel = "URL",
            description = "The migration directory URL (default: the env's migration.dir, else file://migrations).")
    String dir;

    @Option(names = "--dir-format", paramLabel = "FORMAT", hidden = true,
            description = "Deprecated: put ?format= in the --dir URL.")
    String dirFormat;

    /** The directory: the flag, else the environment's {@code migration.dir}, else {@code file://migrations}. */
    DirUrl url(EnvConfig env) {
        String url = ProjectOptions.fromEnv(dir, env, "--dir");
        if (url == null && env != null) {
            url = env.migration().dir();
        }
        if (url == null) {
            url = DirUrl.DEFAULT;
        }
        if (url.isEmpty()) {
            throw new UsageException("--dir must not be empty");
        }
        String format = dirFormat != null ? dirFormat : env == null ? null : env.migration().format();
        if (format != null && !format.isEmpty() && !url.contains("format=")) {
            url = url + (url.contains("?") ? "&" : "?") + "format=" + format;
        }
        return DirUrl.parse(url);
    }

    DirUrl url() {
        return url(null);
    }

    /**
     * Opens a directory, which must exist, and says on stderr which of its files are not named
     * {@code <version>_<name>.sql} with a numeric version (Atlas runs or skips them without a word).
     */
    static LocalDir open(DirUrl url, Terminal term) {
        LocalDir dir = url.open();
        MisnamedFiles.notices(dir).forEach(n -> term.notice("strata: " + n));
        return dir;
    }
}
