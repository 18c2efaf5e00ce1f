package dev.strata.cli;

import dev.strata.UsageException;
import picocli.CommandLine.Option;

/** The {@code --format} flag: Atlas's text report by default, or one JSON document. */
final class OutputFormat {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: 'json' (Atlas's '{{ json . }}' is accepted as the same). Default: text.")
    String format;

    @Option(names = "--log", hidden = true, description = "Deprecated name of --format.")
    String log;

    /** Whether JSON was asked for; the text report otherwise. */
    boolean json() {
        return json(null);
    }

    /** Like {@link #json()}, falling back to the environment's {@code format} for the command. */
    boolean json(String fromEnv) {
        if (format != null && log != null) {
            throw new UsageException("--log and --format are mutually exclusive");
        }
        String f = format != null ? format : log;
        if (f == null) {
            f = fromEnv;
        }
        if (f == null || f.isEmpty()) {
            return false;
        }
        String compact = f.replaceAll("\\s+", "");
        if (f.equals("json") || compact.equals("{{json.}}")) {
            return true;
        }
        throw new UsageException("unsupported --format " + f + ": Strata supports 'json' (or Atlas's"
                + " '{{ json . }}'); other Go templates are not supported");
    }
}
