package dev.strata.cli.script;

/** Atlas's scripts on MariaDB (version maria107 for 10.7 and newer, as MariaDB 10.11 is treated). */
class MariaDbScriptsTest extends AtlasScripts {

    @Override
    ScriptTarget connect() throws Exception {
        return new MariaDbTarget();
    }
}
