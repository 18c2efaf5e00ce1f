package dev.strata.cli.script;

import java.nio.file.Path;

/**
 * A database server (or SQLite) the scripts of one dialect run against, with one admin connection
 * for the whole run, as Atlas's harness keeps one {@code *sql.DB} per server.
 */
interface ScriptTarget extends AutoCloseable {

    /** The column of INDEX.tsv that says whether Atlas's gates let a script run here: pg15, maria107, sqlite. */
    String indexColumn();

    /** The folder of Atlas's scripts for this dialect: postgres, mysql, sqlite. */
    String folder();

    /** Atlas's {@code $version} for the server (postgres15, maria107), empty for SQLite. */
    String version();

    /** Creates the databases of one script, named {@code db}, working in {@code work}. */
    ScriptDatabase open(String db, Path work) throws Exception;

    @Override
    void close() throws Exception;
}
