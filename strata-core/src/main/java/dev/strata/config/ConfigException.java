package dev.strata.config;

import dev.strata.UsageException;

/** A project file that cannot be used: the message names the file, and the line and column when known. */
public final class ConfigException extends UsageException {

    private static final long serialVersionUID = 1L;

    ConfigException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }

    ConfigException(String file, String message) {
        super(file + ": " + message);
    }

    ConfigException(String message) {
        super(message);
    }
}
