package dev.strata.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table. Columns keep the table's order; every other list is sorted by name (unnamed SQLite
 * constraints first, then by their content), so two tables with the same definition are equal.
 *
 * @param name        its name
 * @param columns     its columns, in table order
 * @param primaryKey  its primary key, or null
 * @param uniques     PostgreSQL's UNIQUE constraints
 * @param indexes     its secondary indexes
 * @param foreignKeys its foreign keys
 * @param checks      its CHECK constraints
 * @param comment     its comment, or null
 * @param charset     its character set when it differs from the schema's (MySQL)
 * @param collation   its collation when it differs from the schema's (MySQL)
 * @param partitioning PostgreSQL's partition key and partitions, or null
 * @param rowSecurity PostgreSQL's row-level security switches
 * @param policies    PostgreSQL's row-level security policies
 * @param attrs       dialect-only attributes (MySQL's engine, SQLite's WITHOUT ROWID), sorted by key
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<Index> indexes, List<ForeignKey> foreignKeys, List<Check> checks, String comment,
                    String charset, String collation, Partitioning partitioning, RowSecurity rowSecurity,
                    List<Policy> policies, List<DialectAttr> attrs) {

    static final Comparator<ForeignKey> FK_ORDER = Canon.byName(ForeignKey::name)
            .thenComparing(fk -> String.join(",", fk.columns()));
    static final Comparator<Check> CHECK_ORDER = Canon.byName(Check::name).thenComparing(Check::expr);

    public Table {
        Canon.require(name, "a table's name");
        columns = Canon.list(columns);
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table \"" + name + "\" has two columns named \"" + c.name() + "\"");
            }
        }
        uniques = Canon.sorted(uniques, Comparator.comparing(UniqueConstraint::name));
        indexes = Canon.sorted(indexes, Comparator.comparing(Index::name));
        foreignKeys = Canon.sorted(foreignKeys, FK_ORDER);
        checks = Canon.sorted(checks, CHECK_ORDER);
        comment = Canon.text(comment);
        charset = Canon.text(charset);
        collation = Canon.text(collation);
        rowSecurity = rowSecurity == null ? RowSecurity.OFF : rowSecurity;
        policies = Canon.sorted(policies, Comparator.comparing(Policy::name));
        attrs = DialectAttr.canonical(attrs);
    }

    /** A table with these columns and nothing else. */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                RowSecurity.OFF, List.of(), List.of());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String fkName) {
        return foreignKeys.stream().filter(f -> fkName.equals(f.name())).findFirst();
    }

    public Optional<Check> check(String checkName) {
        return checks.stream().filter(c -> checkName.equals(c.name())).findFirst();
    }

    public Optional<UniqueConstraint> unique(String uniqueName) {
        return uniques.stream().filter(u -> u.name().equals(uniqueName)).findFirst();
    }

    public Table withName(String n) {
        return new Table(n, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withColumns(List<Column> c) {
        return new Table(name, c, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withPrimaryKey(PrimaryKey pk) {
        return new Table(name, columns, pk, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withUniques(List<UniqueConstraint> u) {
        return new Table(name, columns, primaryKey, u, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withIndexes(List<Index> i) {
        return new Table(name, columns, primaryKey, uniques, i, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withForeignKeys(List<ForeignKey> f) {
        return new Table(name, columns, primaryKey, uniques, indexes, f, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withChecks(List<Check> c) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, c, comment, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withComment(String c) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, c, charset, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withCharset(String c) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, c, collation,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withCollation(String c) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, c,
                partitioning, rowSecurity, policies, attrs);
    }

    public Table withPartitioning(Partitioning p) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                p, rowSecurity, policies, attrs);
    }

    public Table withRowSecurity(RowSecurity r) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, r, policies, attrs);
    }

    public Table withPolicies(List<Policy> p) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, p, attrs);
    }

    public Table withAttrs(List<DialectAttr> a) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, charset, collation,
                partitioning, rowSecurity, policies, a);
    }
}
