package dev.strata.migrate.adopt;

import java.time.Duration;

/**
 * The flags of {@code migrate adopt}.
 *
 * @param tool            the old tool: flyway, liquibase, golang-migrate, goose or dbmate
 * @param historyTable    the old tool's table, {@code name} or {@code schema.name}; null for its default
 *                        in the session's current schema
 * @param revisionsSchema the schema of the revisions table, or null for the default
 * @param lockTimeout     how long to wait for a running {@code migrate apply}
 * @param dryRun          report what would be written, write nothing
 * @param operator        what the rows name as their writer
 */
public record AdoptSettings(String tool, String historyTable, String revisionsSchema, Duration lockTimeout,
                            boolean dryRun, String operator) {
}
