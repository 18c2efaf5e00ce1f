package dev.strata.cli.script;

/** Atlas's scripts on SQLite (no version). */
class SqliteScriptsTest extends AtlasScripts {

    @Override
    ScriptTarget connect() throws Exception {
        return new SqliteTarget();
    }
}
