package dev.strata.schema;

import java.util.Comparator;
import java.util.List;

/**
 * How a PostgreSQL table is partitioned, and its partitions.
 *
 * @param strategy   RANGE, LIST or HASH
 * @param key        the partition key's parts, in order
 * @param partitions the partitions, sorted by schema and name
 */
public record Partitioning(Strategy strategy, List<KeyPart> key, List<Partition> partitions) {

    public enum Strategy { RANGE, LIST, HASH }

    public Partitioning {
        if (strategy == null) {
            throw new IllegalArgumentException("a partition key needs a strategy");
        }
        key = Canon.list(key);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a partition key needs columns or expressions");
        }
        partitions = Canon.sorted(partitions, Comparator.comparing(Partition::schema,
                Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(Partition::name));
    }

    public static Partitioning of(Strategy strategy, List<KeyPart> key) {
        return new Partitioning(strategy, key, List.of());
    }

    public Partitioning withPartitions(List<Partition> p) {
        return new Partitioning(strategy, key, p);
    }

    /** One part of the key: a column, or an expression as the database prints it. */
    public record KeyPart(String column, String expr) {
        public KeyPart {
            if ((column == null) == (expr == null)) {
                throw new IllegalArgumentException("a partition key part is a column or an expression");
            }
        }

        public static KeyPart column(String name) {
            return new KeyPart(name, null);
        }

        public static KeyPart expr(String sql) {
            return new KeyPart(null, sql);
        }
    }

    /**
     * A partition: a table attached with its bound.
     *
     * @param schema its schema when it is not the partitioned table's, else null
     * @param name   its name
     * @param bound  {@code FOR VALUES ...} or {@code DEFAULT}, as the database prints it
     */
    public record Partition(String schema, String name, String bound) {
        public Partition {
            schema = Canon.text(schema);
            Canon.require(name, "a partition's name");
            Canon.require(bound, "a partition's bound");
        }
    }
}
