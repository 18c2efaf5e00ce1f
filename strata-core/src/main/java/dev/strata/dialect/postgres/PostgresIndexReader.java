package dev.strata.dialect.postgres;

import dev.strata.dialect.Jdbc;
import dev.strata.schema.Deferrable;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.UniqueConstraint;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads indexes, primary keys and UNIQUE constraints: one query for the indexes and one for their
 * key parts, over every schema inspected. An index that backs a primary key or a UNIQUE
 * constraint becomes that; one backing an EXCLUDE constraint is left out (the model has none).
 */
final class PostgresIndexReader {

    private static final String INDEXES = """
            SELECT i.indexrelid, i.indrelid, ic.relname, i.indisunique, am.amname,
                   pg_get_expr(i.indpred, i.indrelid), i.indnkeyatts, idsc.description,
                   con.contype, con.condeferrable, con.condeferred, cdsc.description,
                   array_to_string(ic.reloptions, ','), %s,
                   CASE WHEN i.indexrelid::bigint = ANY(?) THEN pg_get_indexdef(i.indexrelid) END
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                 AND con.contype IN ('p', 'u', 'x')
            LEFT JOIN pg_catalog.pg_description idsc ON idsc.objoid = i.indexrelid
                 AND idsc.classoid = 'pg_catalog.pg_class'::regclass AND idsc.objsubid = 0
            LEFT JOIN pg_catalog.pg_description cdsc ON cdsc.objoid = con.oid
                 AND cdsc.classoid = 'pg_catalog.pg_constraint'::regclass AND cdsc.objsubid = 0
            WHERE n.nspname = ANY(?) AND t.relkind IN ('r', 'p', 'm') AND NOT t.relispartition
            ORDER BY i.indexrelid""";

    /**
     * One row per key part: a column or an expression, its order, operator class and collation. An
     * expression's collation is the one it has of itself unless the index definition says COLLATE,
     * which is when PostgreSQL prints one; the per-part query cannot tell, so the whole definition
     * decides, read (by INDEXES) only for the indexes with a part that has a collation here:
     * pg_get_indexdef costs the server more than the rest of both queries. For the same reason an
     * expression's text is asked only for expression parts.
     */
    private static final String PARTS = """
            SELECT i.indexrelid, k.ord, a.attname,
                   CASE WHEN i.indkey[k.ord - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.ord, false) END,
                   (i.indoption[k.ord - 1] & 1) = 1, (i.indoption[k.ord - 1] & 2) = 2,
                   CASE WHEN NOT opc.opcdefault THEN opc.opcname END, array_to_string(ia.attoptions, ','),
                   CASE WHEN coll.collname <> 'default' AND coll.oid <> COALESCE(a.attcollation, 0)
                        THEN coll.collname END
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            CROSS JOIN LATERAL generate_series(1, i.indnatts::int) k(ord)
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.ord - 1]
                 AND i.indkey[k.ord - 1] <> 0
            LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k.ord - 1] AND k.ord <= i.indnkeyatts
            LEFT JOIN pg_catalog.pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.ord
            LEFT JOIN pg_catalog.pg_collation coll ON coll.oid = i.indcollation[k.ord - 1] AND k.ord <= i.indnkeyatts
            WHERE n.nspname = ANY(?) AND t.relkind IN ('r', 'p', 'm') AND NOT t.relispartition
            ORDER BY i.indexrelid, k.ord""";

    private record Part(IndexPart part, String column) {
    }

    private final Jdbc jdbc;
    private final Object schemas;
    private final int version;

    PostgresIndexReader(Jdbc jdbc, Object schemas, int version) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.version = version;
    }

    void read(Map<Long, PostgresRelation> rels) throws SQLException {
        Map<Long, List<Part>> parts = new HashMap<>();
        Set<Long> collated = new HashSet<>();
        Map<String, String> columns = new HashMap<>(); // one string for a name that many indexes use
        jdbc.forEach(PARTS, rs -> {
            String column = rs.getString(3);
            if (column != null) {
                column = columns.computeIfAbsent(column, c -> c);
            }
            boolean desc = rs.getBoolean(5);
            boolean nullsFirst = rs.getBoolean(6);
            String opClass = rs.getString(7);
            String opts = rs.getString(8);
            if (opClass != null && opts != null && !opts.isEmpty()) {
                opClass = opClass + "(" + opts + ")";
            }
            IndexPart p = column != null ? IndexPart.column(column) : IndexPart.expr(rs.getString(4));
            p = p.withDesc(desc).withNulls(nullsFirst ? IndexPart.Nulls.FIRST : IndexPart.Nulls.LAST)
                    .withOpClass(opClass).withCollation(rs.getString(9));
            parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Part(p, column));
            if (p.collation() != null) {
                collated.add(rs.getLong(1));
            }
        }, schemas);
        Jdbc.Bind definitionsOf = (ps, i) -> ps.setArray(i, ps.getConnection().createArrayOf("bigint",
                collated.toArray()));
        String nnd = version >= 150000 ? "i.indnullsnotdistinct" : "false";
        jdbc.forEach(INDEXES.formatted(nnd), rs -> {
            PostgresRelation r = rels.get(rs.getLong(2));
            List<Part> all = parts.get(rs.getLong(1));
            String contype = rs.getString(9);
            if (r == null || all == null || "x".equals(contype)) {
                return;
            }
            int keys = rs.getInt(7);
            String definition = rs.getString(15);
            boolean collates = definition != null && definition.contains(" COLLATE ");
            List<IndexPart> key = all.subList(0, keys).stream().map(p -> collates ? p.part()
                    : p.part().withCollation(null)).toList();
            List<String> include = all.subList(keys, all.size()).stream().map(Part::column).toList();
            String name = rs.getString(3);
            if ("p".equals(contype)) {
                r.primaryKey = new PrimaryKey(name.equals(r.name + "_pkey") ? null : name, key, include,
                        rs.getString(12), List.of());
            } else if ("u".equals(contype)) {
                r.uniques.add(new UniqueConstraint(name, key.stream().map(IndexPart::column).toList(), include,
                        rs.getBoolean(14), deferrable(rs.getBoolean(10), rs.getBoolean(11)), rs.getString(12)));
            } else {
                String method = rs.getString(5).toUpperCase(Locale.ROOT);
                r.indexes.add(new Index(name, rs.getBoolean(4), key, method, rs.getString(6), include,
                        rs.getBoolean(14), rs.getString(8), attrs(method, rs.getString(13))));
            }
        }, definitionsOf, schemas);
    }

    static Deferrable deferrable(boolean deferrable, boolean deferred) {
        if (!deferrable) {
            return Deferrable.NOT_DEFERRABLE;
        }
        return deferred ? Deferrable.INITIALLY_DEFERRED : Deferrable.INITIALLY_IMMEDIATE;
    }

    /** A BRIN index's pages_per_range; other storage parameters are not in the model. */
    private static List<DialectAttr> attrs(String method, String reloptions) {
        if (!method.equals("BRIN") || reloptions == null) {
            return List.of();
        }
        for (String o : reloptions.split(",")) {
            if (o.startsWith("pages_per_range=")) {
                return List.of(new PostgresAttrs.PagesPerRange(Long.parseLong(o.substring("pages_per_range=".length()))));
            }
        }
        return List.of();
    }
}
