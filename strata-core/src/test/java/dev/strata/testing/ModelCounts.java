package dev.strata.testing;

import dev.strata.schema.Schema;
import dev.strata.schema.Table;

import java.util.function.ToIntFunction;

/**
 * How many objects of each kind an inspected schema holds, for the large-schema tests of the
 * inspectors: one comparison says that every table came back with all its parts.
 */
public record ModelCounts(int tables, int columns, int indexes, int foreignKeys, int checks, int views,
                          int triggers) {

    public static ModelCounts of(Schema s) {
        return new ModelCounts(s.tables().size(), sum(s, t -> t.columns().size()), sum(s, t -> t.indexes().size()),
                sum(s, t -> t.foreignKeys().size()), sum(s, t -> t.checks().size()), s.views().size(),
                s.triggers().size());
    }

    private static int sum(Schema s, ToIntFunction<Table> count) {
        return s.tables().stream().mapToInt(count).sum();
    }
}
