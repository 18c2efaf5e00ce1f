package dev.strata.schema;

import java.util.List;

/**
 * A PostgreSQL row-level security policy of a table.
 *
 * @param name       its name
 * @param command    the command it applies to
 * @param permissive PERMISSIVE (the default) or RESTRICTIVE
 * @param roles      the roles it applies to; empty for PUBLIC (a list of just PUBLIC is empty)
 * @param using      the USING expression, or null
 * @param check      the WITH CHECK expression, or null
 * @param comment    its comment, or null
 */
public record Policy(String name, Command command, boolean permissive, List<String> roles, String using,
                     String check, String comment) {

    public enum Command { ALL, SELECT, INSERT, UPDATE, DELETE }

    public Policy {
        Canon.require(name, "a policy's name");
        command = command == null ? Command.ALL : command;
        roles = Canon.list(roles);
        if (roles.size() == 1 && roles.get(0).equalsIgnoreCase("public")) {
            roles = List.of();
        }
        using = Canon.text(using);
        check = Canon.text(check);
        comment = Canon.text(comment);
    }

    /** A permissive policy for all commands and PUBLIC. */
    public static Policy of(String name, String using) {
        return new Policy(name, Command.ALL, true, List.of(), using, null, null);
    }
}
