package dev.strata.migrate.adopt;

import java.sql.SQLException;

/** Another migration tool whose history {@code migrate adopt} reads. */
interface OldTool {

    /** The name in {@code --from}. */
    String name();

    /** The tool's default name of its history table. */
    String defaultTable();

    /** Reads the history and finds, for each migration it applied, the file of the directory. */
    Findings read(HistoryTable table, DirFiles files) throws SQLException;
}
