package dev.strata.dialect.sqlite;

import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's answers to the differ: affinity, default values, the names SQLite makes up. */
class SqliteDiffTest {

    private static final SqliteTypeNames TYPES = new SqliteTypeNames();
    private static final SqliteDiff DIFF = new SqliteDiff();

    private static Column typed(String type) {
        return Column.of("c", TYPES.parse(type));
    }

    private static Column defaulted(DefaultValue d) {
        return typed("text").withDefault(d);
    }

    @Test
    void typesAreTheSameWhenTheirAffinityFamilyIs() {
        assertThat(DIFF.sameType(typed("int"), typed("integer"))).isTrue();
        assertThat(DIFF.sameType(typed("int"), typed("bigint"))).isTrue();
        assertThat(DIFF.sameType(typed("varchar(20)"), typed("text"))).isTrue();
        assertThat(DIFF.sameType(typed("int"), typed("text"))).isFalse();
        assertThat(DIFF.sameType(typed("real"), typed("blob"))).isFalse();
        assertThat(DIFF.sameType(typed("my_type"), typed("MY_TYPE"))).isTrue();
        assertThat(DIFF.sameType(typed("my_type"), typed("other_type"))).isFalse();
    }

    @Test
    void defaultsAreTheSameWhenTheirValuesAre() {
        assertThat(DIFF.sameDefault(defaulted(new DefaultValue.StringLiteral("x")),
                defaulted(new DefaultValue.Expression("('x')")))).isTrue();
        assertThat(DIFF.sameDefault(defaulted(new DefaultValue.BoolLiteral(true)),
                defaulted(new DefaultValue.NumberLiteral("1")))).isTrue();
        assertThat(DIFF.sameDefault(defaulted(new DefaultValue.Expression("datetime('now')")),
                defaulted(new DefaultValue.Expression("(datetime('now'))")))).isTrue();
        assertThat(DIFF.sameDefault(defaulted(new DefaultValue.StringLiteral("1")),
                defaulted(new DefaultValue.NumberLiteral("1")))).isFalse();
        assertThat(DIFF.sameDefault(defaulted(null), defaulted(new DefaultValue.StringLiteral("")))).isFalse();
        assertThat(DIFF.sameDefault(defaulted(null), defaulted(null))).isTrue();
    }

    @Test
    void aTypeChangeNarrowsWhenItsAffinityBecomesNumeric() throws Exception {
        assertThat(DIFF.narrows(typed("text"), typed("int"))).isTrue();
        assertThat(DIFF.narrows(typed("int"), typed("real"))).isTrue();
        assertThat(DIFF.narrows(typed("int"), typed("text"))).isFalse();
        assertThat(DIFF.narrows(typed("varchar(10)"), typed("text"))).isFalse();
        assertThat(DIFF.narrows(typed("int"), typed("bigint"))).isFalse();
        assertThat(DIFF.narrows(typed("USER_DEFINED"), typed("USER_TYPE"))).isFalse();
        // What the rule rests on: copying into a numeric affinity changes text, into TEXT keeps values.
        try (dev.strata.testing.TestDb db = dev.strata.testing.TestDb.sqlite()) {
            db.execute("CREATE TABLE t (v text)", "INSERT INTO t VALUES ('0012'), ('abc'), ('1.50')",
                    "CREATE TABLE n (v int)", "INSERT INTO n SELECT v FROM t",
                    "CREATE TABLE back (v text)", "INSERT INTO back SELECT v FROM n");
            assertThat(db.column("SELECT v || ':' || typeof(v) FROM n ORDER BY rowid"))
                    .containsExactly("12:integer", "abc:text", "1.5:real");
            assertThat(db.column("SELECT v || ':' || typeof(v) FROM back ORDER BY rowid"))
                    .containsExactly("12:text", "abc:text", "1.5:text");
        }
    }

    @Test
    void uniqueConstraintIndexesHaveGeneratedNames() {
        Table t = Table.of("users", List.of(typed("text")));
        assertThat(DIFF.generatedName(t, Index.on("sqlite_autoindex_users_2", "c").withUnique(true))).isTrue();
        assertThat(DIFF.generatedName(t, Index.on("sqlite_autoindex_pets_1", "c").withUnique(true))).isFalse();
        assertThat(DIFF.generatedName(t, Index.on("users_c", "c").withUnique(true))).isFalse();
    }
}
