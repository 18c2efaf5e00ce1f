package dev.strata.migrate.format;

import dev.strata.migrate.lex.ScanException;

import java.nio.file.Path;

/**
 * The directory layout of another migration tool (Flyway, Liquibase, golang-migrate, goose,
 * dbmate), read as Atlas's {@code migrate import} reads it.
 */
interface SourceFormat {

    /** The name in {@code ?format=}: {@code flyway}, {@code golang-migrate}, ... */
    String name();

    /**
     * Lists the directory: its migrations in the tool's order and the files left out, each with why.
     *
     * @throws dev.strata.StrataException when the directory cannot be read
     */
    Listing list(Path dir);

    /**
     * Reads the part of a migration that applies it.
     *
     * @throws ScanException            when the statements cannot be split
     * @throws dev.strata.StrataException naming file and line for a malformed migration
     */
    UpPart upPart(SourceFile file) throws ScanException;
}
