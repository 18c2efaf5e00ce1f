package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.migrate.DirUrl;
import picocli.CommandLine.Option;

/** The {@code --dir} flag shared by the migrate commands. */
final class DirOptions {

    @Option(names = "--dir", paramLabel = "URL", defaultValue = DirUrl.DEFAULT,
            description = "The migration directory URL (default: ${DEFAULT-VALUE}).")
    String dir;

    @Option(names = "--dir-format", paramLabel = "FORMAT", hidden = true,
            description = "Deprecated: put ?format= in the --dir URL.")
    String dirFormat;

    DirUrl url() {
        String url = dir;
        if (dirFormat != null && !dirFormat.isEmpty() && !url.contains("format=")) {
            url = url + (url.contains("?") ? "&" : "?") + "format=" + dirFormat;
        }
        if (url.isEmpty()) {
            throw new UsageException("--dir must not be empty");
        }
        return DirUrl.parse(url);
    }
}
