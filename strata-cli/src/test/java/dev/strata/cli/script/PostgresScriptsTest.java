package dev.strata.cli.script;

/** Atlas's scripts on PostgreSQL (version postgres15 for PostgreSQL 15). */
class PostgresScriptsTest extends AtlasScripts {

    @Override
    ScriptTarget connect() throws Exception {
        return new PostgresTarget();
    }
}
