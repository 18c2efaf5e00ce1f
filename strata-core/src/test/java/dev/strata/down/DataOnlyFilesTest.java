package dev.strata.down;

import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationFile;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.TypeKind;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files a schema-computed down cannot undo, and the conditions of the narrowing counts. */
class DataOnlyFilesTest {

    @Test
    void aFileOfDataStatementsOnlyIsDataOnlyAndOneWithSchemaChangesIsNot() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://dataonly?mode=memory");
        try (Session s = Dialects.forUrl(url).open(url)) {
            assertThat(DataOnlyFiles.dataOnly(file("-- seed the tags\nINSERT INTO t VALUES (1);\n"
                    + "/* and fix them */ UPDATE t SET a = 2;\nDELETE FROM t WHERE a = 3;\n"), s)).isTrue();
            assertThat(DataOnlyFiles.dataOnly(file("SET x = 1;\nWITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a;\n"),
                    s)).isTrue();
            assertThat(DataOnlyFiles.dataOnly(file("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\n"), s)).isFalse();
            assertThat(DataOnlyFiles.dataOnly(file("SELECT 1;\n"), s)).isFalse();
            assertThat(DataOnlyFiles.dataOnly(file(""), s)).isFalse();
        }
    }

    @Test
    void narrowingCountsWhatDoesNotFit() {
        assertThat(DataLossCheck.misfits("c", col("varchar(50)", TypeKind.STRING, 50, null, null),
                col("varchar(5)", TypeKind.STRING, 5, null, null))).isEqualTo("CHAR_LENGTH(c) > 5");
        assertThat(DataLossCheck.misfits("c", col("bigint", TypeKind.INTEGER, null, null, null),
                col("smallint", TypeKind.INTEGER, null, null, null))).isEqualTo("c < -32768 OR c > 32767");
        assertThat(DataLossCheck.misfits("c", col("decimal(10,4)", TypeKind.DECIMAL, null, 10, 4),
                col("decimal(5,2)", TypeKind.DECIMAL, null, 5, 2))).isEqualTo("ABS(c) >= 1000 OR c <> ROUND(c, 2)");
        assertThat(DataLossCheck.misfits("c", col("text", TypeKind.STRING, null, null, null),
                col("integer", TypeKind.INTEGER, null, null, null))).isEqualTo("c IS NOT NULL");
    }

    private static Column col(String raw, TypeKind kind, Integer size, Integer precision, Integer scale) {
        ColumnType t = ColumnType.of(raw, kind).withSize(size).withPrecision(precision, scale);
        return Column.of("c", t);
    }

    private static MigrationFile file(String sql) {
        return new MigrationFile("1_f.sql", sql.getBytes(StandardCharsets.UTF_8));
    }
}
