package dev.strata.lint;

import java.util.ArrayList;
import java.util.List;

/** The analyzers each dialect's dev database gets, in report order. */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * Atlas's four for every dialect (Atlas OSS gives MariaDB URLs none; Strata gives them all),
     * then Strata's dialect checks and hygiene.
     */
    public static List<Analyzer> forDialect(String dialect) {
        List<Analyzer> all = new ArrayList<>(List.of(new Destructive(), new DataDependent(), new ConstraintDrop(),
                new Incompatible()));
        if (dialect.equals("postgres")) {
            all.add(new ConcurrentIndex());
            all.add(new PgLocks());
        }
        all.add(new Hygiene());
        return List.copyOf(all);
    }
}
