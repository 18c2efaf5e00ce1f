package dev.strata.schema;

import java.util.List;

/**
 * One difference between two realms, as the differ finds it and a dialect's DDL planner turns it
 * into statements: Atlas's {@code schema.Change}. Objects are carried whole (the planner needs a
 * dropped table's definition to write its reverse) and located by schema name, since the model
 * has no back-pointers. A change inside a table is a {@link TableChange} of a {@link ModifyTable}.
 *
 * <p>Renames are never guessed: {@link RenameTable} and {@link TableChange.RenameColumn} appear only
 * when the user asked for them.
 */
public sealed interface Change {

    /** The schema the change is in; null for realm-level objects (extensions, schemas themselves). */
    String schema();

    /** A short description in Atlas's words, lower case: {@code create "users" table}. */
    String describe();

    /** A schema the desired realm has and the current one does not, created empty. */
    record AddSchema(Schema created) implements Change {
        public String schema() {
            return created.name();
        }

        public String describe() {
            return "add new schema named \"" + created.name() + "\"";
        }
    }

    /** A schema that goes, with everything in it. */
    record DropSchema(Schema dropped) implements Change {
        public String schema() {
            return dropped.name();
        }

        public String describe() {
            return "drop schema named \"" + dropped.name() + "\"";
        }
    }

    /** A schema's own attributes (comment, MySQL charset and collation) differ. */
    record ModifySchema(Schema from, Schema to) implements Change {
        public String schema() {
            return to.name();
        }

        public String describe() {
            return "modify \"" + to.name() + "\" schema";
        }
    }

    record AddTable(String schema, Table table) implements Change {
        public String describe() {
            return "create \"" + table.name() + "\" table";
        }
    }

    record DropTable(String schema, Table table) implements Change {
        public String describe() {
            return "drop \"" + table.name() + "\" table";
        }
    }

    /**
     * A table present on both sides that differs.
     *
     * @param from    the current table
     * @param to      the desired table
     * @param changes what differs, in the differ's order
     */
    record ModifyTable(String schema, Table from, Table to, List<TableChange> changes) implements Change {
        public ModifyTable {
            changes = List.copyOf(changes);
        }

        public String describe() {
            return "modify \"" + to.name() + "\" table";
        }
    }

    /** A rename the user asked for ({@code --rename}); the table is otherwise unchanged. */
    record RenameTable(String schema, Table from, Table to) implements Change {
        public String describe() {
            return "rename a table from \"" + from.name() + "\" to \"" + to.name() + "\"";
        }
    }

    record AddView(String schema, View view) implements Change {
        public String describe() {
            // Atlas's comment for a new view or routine names it before its kind ("create "v" view"),
            // unlike its other changes
            return "create \"" + view.name() + "\" " + (view.materialized() ? "materialized view" : "view");
        }
    }

    record DropView(String schema, View view) implements Change {
        public String describe() {
            return "drop " + (view.materialized() ? "materialized view" : "view") + " \"" + view.name() + "\"";
        }
    }

    /** A view whose definition or attributes differ: replaced or dropped and created, by dialect. */
    record ModifyView(String schema, View from, View to) implements Change {
        public String describe() {
            return "modify " + (to.materialized() ? "materialized view" : "view") + " \"" + to.name() + "\"";
        }
    }

    record AddRoutine(String schema, Routine routine) implements Change {
        public String describe() {
            return "create \"" + routine.name() + "\" " + kind(routine);
        }
    }

    record DropRoutine(String schema, Routine routine) implements Change {
        public String describe() {
            return "drop " + kind(routine) + " \"" + routine.name() + "\"";
        }
    }

    record ModifyRoutine(String schema, Routine from, Routine to) implements Change {
        public String describe() {
            return "modify " + kind(to) + " \"" + to.name() + "\"";
        }
    }

    record AddTrigger(String schema, Trigger trigger) implements Change {
        public String describe() {
            return "create trigger \"" + trigger.name() + "\"";
        }
    }

    record DropTrigger(String schema, Trigger trigger) implements Change {
        public String describe() {
            return "drop trigger \"" + trigger.name() + "\"";
        }
    }

    record ModifyTrigger(String schema, Trigger from, Trigger to) implements Change {
        public String describe() {
            return "modify trigger \"" + to.name() + "\"";
        }
    }

    record AddSequence(String schema, Sequence sequence) implements Change {
        public String describe() {
            return "create sequence \"" + sequence.name() + "\"";
        }
    }

    record DropSequence(String schema, Sequence sequence) implements Change {
        public String describe() {
            return "drop sequence \"" + sequence.name() + "\"";
        }
    }

    record ModifySequence(String schema, Sequence from, Sequence to) implements Change {
        public String describe() {
            return "modify sequence \"" + to.name() + "\"";
        }
    }

    /** An enum, domain or composite type (Atlas's {@code AddObject}). */
    record AddType(String schema, UserType type) implements Change {
        public String describe() {
            return "create " + kind(type) + " type \"" + type.name() + "\"";
        }
    }

    record DropType(String schema, UserType type) implements Change {
        public String describe() {
            return "drop " + kind(type) + " type \"" + type.name() + "\"";
        }
    }

    /** A type whose definition differs (an enum's values: appended or inserted, never removed). */
    record ModifyType(String schema, UserType from, UserType to) implements Change {
        public String describe() {
            return "modify " + kind(to) + " type \"" + to.name() + "\"";
        }
    }

    record AddExtension(Extension extension) implements Change {
        public String schema() {
            return null;
        }

        public String describe() {
            return "create extension \"" + extension.name() + "\"";
        }
    }

    record DropExtension(Extension extension) implements Change {
        public String schema() {
            return null;
        }

        public String describe() {
            return "drop extension \"" + extension.name() + "\"";
        }
    }

    record ModifyExtension(Extension from, Extension to) implements Change {
        public String schema() {
            return null;
        }

        public String describe() {
            return "modify extension \"" + to.name() + "\"";
        }
    }

    private static String kind(Routine r) {
        return r.kind() == Routine.Kind.PROCEDURE ? "procedure" : "function";
    }

    private static String kind(UserType t) {
        if (t instanceof EnumType) {
            return "enum";
        }
        return t instanceof DomainType ? "domain" : "composite";
    }
}
