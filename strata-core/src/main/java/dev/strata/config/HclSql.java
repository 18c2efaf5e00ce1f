package dev.strata.config;

/**
 * The value of {@code sql("...")}: SQL text to take as written.
 *
 * @param sql the text
 */
public record HclSql(String sql) {
}
