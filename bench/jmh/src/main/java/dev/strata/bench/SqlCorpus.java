package dev.strata.bench;

import dev.strata.migrate.lex.ScanOption;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A large migration file of one dialect, built from a fixed seed so every run splits the same text.
 * The pieces are the constructs that make splitting more than a search for {@code ;}: quotes holding
 * the delimiter, comments, dollar quotes, compound blocks and delimiter changes.
 *
 * @param dialect   {@code postgres} or {@code mysql}
 * @param text      the file content
 * @param options   the scanner options the dialect uses (as its {@code Dialect} sets them)
 * @param utf8Bytes the size of the file on disk, which MB/s figures divide by
 */
public record SqlCorpus(String dialect, String text, Set<ScanOption> options, int utf8Bytes) {

    /** The same options as {@code PostgresDialect}. */
    static final Set<ScanOption> POSTGRES = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS,
            ScanOption.BEGIN_ATOMIC, ScanOption.DOLLAR_QUOTES, ScanOption.ESCAPE_STRINGS, ScanOption.HINT_COMMENTS));
    /** The same options as {@code MySqlDialect}. */
    static final Set<ScanOption> MYSQL = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS,
            ScanOption.BACKSLASH_ESCAPES, ScanOption.HASH_COMMENTS, ScanOption.EXECUTABLE_COMMENTS,
            ScanOption.HINT_COMMENTS));

    private static final List<IntFunction<String>> POSTGRES_PIECES = List.of(
            n -> """
                    -- Orders of tenant %1$d; the amount is in cents.
                    CREATE TABLE orders_%1$d (
                      id bigserial PRIMARY KEY,
                      customer_id bigint NOT NULL REFERENCES customers (id),
                      note text DEFAULT 'none; yet',
                      amount numeric(12, 2) CHECK (amount >= 0),
                      created_at timestamptz NOT NULL DEFAULT now()
                    );
                    CREATE INDEX orders_%1$d_customer ON orders_%1$d (customer_id, created_at DESC);
                    """.formatted(n),
            n -> """
                    INSERT INTO customers (id, name, bio) VALUES
                      (%1$d, 'O''Brien; Ltd', 'semicolons; in; strings'),
                      (%2$d, 'Zoë Ünal', E'line one\\nit''s \\'quoted\\'; still one'),
                      (%3$d, 'plain', NULL);
                    UPDATE customers SET name = upper(name) WHERE id BETWEEN %1$d AND %3$d;
                    """.formatted(n, n + 1, n + 2),
            n -> """
                    /* Keeps updated_at current.
                       A semicolon here; does not end anything. */
                    CREATE OR REPLACE FUNCTION touch_%1$d() RETURNS trigger AS $$
                    BEGIN
                      NEW.updated_at := now();
                      IF NEW.name <> OLD.name THEN
                        RAISE NOTICE 'renamed: %%; was %%', NEW.name, OLD.name;
                      END IF;
                      RETURN NEW;
                    END;
                    $$ LANGUAGE plpgsql;
                    CREATE TRIGGER touch_%1$d BEFORE UPDATE ON customers
                      FOR EACH ROW EXECUTE FUNCTION touch_%1$d();
                    """.formatted(n),
            n -> """
                    CREATE FUNCTION total_%1$d(c bigint) RETURNS numeric LANGUAGE plpgsql STABLE AS $body$
                    DECLARE
                      t numeric := 0; -- running total; in cents
                    BEGIN
                      SELECT coalesce(sum(amount), 0) INTO t FROM orders_%1$d WHERE customer_id = c;
                      RETURN t;
                    END
                    $body$;
                    """.formatted(n),
            n -> """
                    DO $$
                    BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reader_%1$d') THEN
                        CREATE ROLE reader_%1$d;
                      END IF;
                    END
                    $$;
                    GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_%1$d;
                    """.formatted(n),
            n -> """
                    CREATE PROCEDURE archive_%1$d(cutoff date)
                    LANGUAGE SQL
                    BEGIN ATOMIC
                      INSERT INTO orders_archive SELECT * FROM orders_%1$d WHERE created_at < cutoff;
                      DELETE FROM orders_%1$d WHERE created_at < cutoff;
                    END;
                    """.formatted(n),
            n -> """
                    ALTER TABLE customers ADD COLUMN IF NOT EXISTS tier_%1$d smallint NOT NULL DEFAULT 0;
                    COMMENT ON COLUMN customers.tier_%1$d IS 'loyalty tier; 0 = none';
                    SELECT /*+ IndexScan(c) */ count(*) FROM customers c WHERE c.tier_%1$d > 0;
                    """.formatted(n));

    private static final List<IntFunction<String>> MYSQL_PIECES = List.of(
            n -> """
                    # Orders of tenant %1$d
                    CREATE TABLE `orders_%1$d` (
                      `id` bigint unsigned NOT NULL AUTO_INCREMENT,
                      `customer_id` bigint NOT NULL,
                      `note` varchar(255) DEFAULT 'none; yet',
                      PRIMARY KEY (`id`),
                      KEY `customer` (`customer_id`)
                    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                    """.formatted(n),
            n -> """
                    INSERT INTO `customers` (`id`, `name`, `bio`) VALUES
                      (%1$d, 'O\\'Brien; Ltd', "double \\"quoted\\"; text"),
                      (%2$d, 'Zoë Ünal', 'back\\\\slash; end');
                    /*!40101 SET @saved_cs_client = @@character_set_client */;
                    """.formatted(n, n + 1),
            n -> """
                    CREATE TRIGGER `touch_%1$d` BEFORE UPDATE ON `customers` FOR EACH ROW
                    BEGIN
                      SET NEW.updated_at = NOW();
                      IF NEW.name <> OLD.name THEN
                        SET NEW.renamed = 1;
                      END IF;
                    END;
                    """.formatted(n),
            n -> """
                    DELIMITER //
                    CREATE PROCEDURE archive_%1$d(IN cutoff DATE)
                    BEGIN
                      DECLARE moved INT DEFAULT 0; -- rows; counted
                      INSERT INTO orders_archive SELECT * FROM orders_%1$d WHERE created_at < cutoff;
                      SET moved = ROW_COUNT();
                      DELETE FROM orders_%1$d WHERE created_at < cutoff;
                    END//
                    DELIMITER ;
                    """.formatted(n),
            n -> """
                    /* tier; added later */
                    ALTER TABLE `customers` ADD COLUMN `tier_%1$d` smallint NOT NULL DEFAULT 0;
                    UPDATE `customers` SET `tier_%1$d` = 1 WHERE `id` < %1$d;
                    """.formatted(n));

    /** A PostgreSQL file of about {@code size} bytes. */
    public static SqlCorpus postgres(int size) {
        return build("postgres", POSTGRES_PIECES, POSTGRES, size);
    }

    /** A MySQL file of about {@code size} bytes, with {@code DELIMITER} sections. */
    public static SqlCorpus mysql(int size) {
        return build("mysql", MYSQL_PIECES, MYSQL, size);
    }

    /** The corpus for a dialect name, as the benchmarks' {@code @Param} gives it. */
    public static SqlCorpus of(String dialect, int size) {
        return switch (dialect) {
            case "postgres" -> postgres(size);
            case "mysql" -> mysql(size);
            default -> throw new IllegalArgumentException("unknown dialect " + dialect);
        };
    }

    private static SqlCorpus build(String dialect, List<IntFunction<String>> pieces, Set<ScanOption> options,
                                   int size) {
        Random random = new Random(9);
        StringBuilder text = new StringBuilder(size + 4096);
        int bytes = 0;
        for (int n = 1; bytes < size; n++) {
            String piece = pieces.get(random.nextInt(pieces.size())).apply(n) + "\n";
            text.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return new SqlCorpus(dialect, text.toString(), options, bytes);
    }
}
