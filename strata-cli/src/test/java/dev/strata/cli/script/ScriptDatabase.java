package dev.strata.cli.script;

import java.util.List;
import java.util.Map;

/** The databases of one script: its own ({@code $db}) and the dev one; closing drops them. */
interface ScriptDatabase extends AutoCloseable {

    /** What {@code URL} stands for in an {@code atlas} line: the script's database. */
    String url();

    /** What {@code DEV_URL} stands for. */
    String devUrl();

    /** What {@code URL} stands for in a script's {@code atlas.hcl}: the server, or the SQLite file. */
    String projectUrl();

    /** Script variables the harness sets besides {@code $db} ({@code dev}, {@code charset}, {@code collate}). */
    Map<String, String> vars();

    /**
     * The variables Atlas substitutes, in this order, in HCL files read by {@code cmphcl}, {@code apply}
     * and {@code synced}: {@code $db} everywhere, and {@code $charset}, {@code $collate} on MySQL.
     */
    List<String> hclVariables();

    /** {@code execsql}: runs one statement as the admin user. */
    void execute(String sql) throws Exception;

    /** {@code exist}: whether the table exists in the schema. */
    boolean exists(String schema, String table) throws Exception;

    /** {@code clearSchema}: drops and recreates the schema (SQLite: empties the file). */
    void clearSchema(String schema) throws Exception;

    /** {@code cmpshow}: the table as the database prints it. */
    String show(String schema, String table) throws Exception;

    @Override
    void close() throws Exception;
}
