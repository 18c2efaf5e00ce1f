package dev.strata.config;

/**
 * Where a block or attribute of an HCL file starts.
 *
 * @param file   the file's name as given
 * @param line   1-based line
 * @param column 1-based column
 */
public record HclPosition(String file, int line, int column) {

    /** An error at this position: {@code file:line:col: message}, exit code 2. */
    public ConfigException error(String message) {
        return new ConfigException(file, line, column, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
