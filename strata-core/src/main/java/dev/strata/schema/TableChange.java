package dev.strata.schema;

import java.util.EnumSet;
import java.util.Set;

/**
 * One difference inside a table, part of a {@link Change.ModifyTable}: Atlas's table-level changes.
 * A modification carries both sides whole, so a planner can write the statement and its reverse,
 * and says what differs where a planner needs it ({@link ModifyColumn#what()}).
 */
public sealed interface TableChange {

    /** What about a column differs (Atlas's {@code ChangeKind} bits that concern columns). */
    enum ColumnChange { TYPE, NULL, DEFAULT, GENERATED, IDENTITY, AUTO_INCREMENT, COLLATION, CHARSET, COMMENT, ATTRS }

    record AddColumn(Column column) implements TableChange {
    }

    record DropColumn(Column column) implements TableChange {
    }

    /**
     * A column present on both sides that differs.
     *
     * @param what what differs; never empty
     */
    record ModifyColumn(Column from, Column to, Set<ColumnChange> what) implements TableChange {
        public ModifyColumn {
            if (what.isEmpty()) {
                throw new IllegalArgumentException("a column modification must say what changed");
            }
            what = Set.copyOf(EnumSet.copyOf(what));
        }
    }

    /** A rename the user asked for; {@code to} may differ in more than its name. */
    record RenameColumn(Column from, Column to) implements TableChange {
    }

    record AddIndex(Index index) implements TableChange {
    }

    record DropIndex(Index index) implements TableChange {
    }

    record ModifyIndex(Index from, Index to) implements TableChange {
    }

    record RenameIndex(Index from, Index to) implements TableChange {
    }

    record AddPrimaryKey(PrimaryKey key) implements TableChange {
    }

    record DropPrimaryKey(PrimaryKey key) implements TableChange {
    }

    record ModifyPrimaryKey(PrimaryKey from, PrimaryKey to) implements TableChange {
    }

    /** PostgreSQL's UNIQUE constraints (indexes are {@link AddIndex}). */
    record AddUnique(UniqueConstraint unique) implements TableChange {
    }

    record DropUnique(UniqueConstraint unique) implements TableChange {
    }

    record ModifyUnique(UniqueConstraint from, UniqueConstraint to) implements TableChange {
    }

    record AddForeignKey(ForeignKey key) implements TableChange {
    }

    record DropForeignKey(ForeignKey key) implements TableChange {
    }

    record ModifyForeignKey(ForeignKey from, ForeignKey to) implements TableChange {
    }

    record AddCheck(Check check) implements TableChange {
    }

    record DropCheck(Check check) implements TableChange {
    }

    record ModifyCheck(Check from, Check to) implements TableChange {
    }

    /** The table's comment differs; null is no comment. */
    record ModifyComment(String from, String to) implements TableChange {
    }

    /**
     * The table's options differ: its charset, collation or dialect attributes (MySQL's engine and
     * AUTO_INCREMENT, SQLite's WITHOUT ROWID and STRICT). The planner compares the two tables' fields.
     */
    record ModifyOptions(Table from, Table to) implements TableChange {
    }

    /** PostgreSQL's partitioning differs: the key (not changeable in place) or the partitions. */
    record ModifyPartitioning(Partitioning from, Partitioning to) implements TableChange {
    }

    /** PostgreSQL's ENABLE/FORCE ROW LEVEL SECURITY differs. */
    record ModifyRowSecurity(RowSecurity from, RowSecurity to) implements TableChange {
    }

    record AddPolicy(Policy policy) implements TableChange {
    }

    record DropPolicy(Policy policy) implements TableChange {
    }

    record ModifyPolicy(Policy from, Policy to) implements TableChange {
    }
}
