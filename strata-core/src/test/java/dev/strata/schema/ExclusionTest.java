package dev.strata.schema;

import dev.strata.UsageException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExclusionTest {

    private static final ColumnType INT = ColumnType.of("integer", TypeKind.INTEGER);

    private static Table table(String name, String... columns) {
        return Table.of(name, java.util.Arrays.stream(columns).map(c -> Column.of(c, INT)).toList());
    }

    /** The table of Atlas's postgres/cli-inspect.txtar, in schema scope. */
    @Test
    void schemaScopeAsAtlasCliInspect() {
        Realm r = Realm.of(Schema.named("s").withTables(List.of(table("users", "id", "a", "b", "ab", "ac"))));
        assertThat(Exclusion.fromSchema(r, "s", List.of("\"users\""))).isEqualTo(Realm.of(Schema.named("s")));
        assertThat(Exclusion.fromSchema(r, "s", List.of("*.[ab]*")))
                .isEqualTo(Realm.of(Schema.named("s").withTables(List.of(table("users", "id")))));
        assertThat(Exclusion.fromSchema(r, "s", List.of("*.*")))
                .isEqualTo(Realm.of(Schema.named("s").withTables(List.of(table("users")))));
        assertThat(Exclusion.fromSchema(r, "s", List.of("*"))).isEqualTo(Realm.of(Schema.named("s")));
        assertThat(Exclusion.fromSchema(r, "s", List.of())).isSameAs(r);
    }

    private static Realm shop() {
        Table users = table("users", "id", "a", "b", "ab", "org_id").withPrimaryKey(PrimaryKey.of("id"))
                .withIndexes(List.of(Index.on("users_a", "a"), Index.on("users_b", "b")))
                .withChecks(List.of(Check.of("users_a_check", "a > 0"), Check.of("other", "b > 0")))
                .withForeignKeys(List.of(ForeignKey.of("users_org", List.of("org_id"), new TableRef("s2", "orgs"),
                        List.of("id"))))
                .withPolicies(List.of(Policy.of("p1", "true")));
        Table posts = table("posts", "id", "user_id")
                .withUniques(List.of(UniqueConstraint.of("posts_user_key", "user_id")))
                .withForeignKeys(List.of(ForeignKey.of("posts_user", List.of("user_id"), new TableRef("s1", "users"),
                        List.of("id"))));
        Trigger trg = new Trigger("users_trg", "users", Trigger.Timing.BEFORE, List.of(Trigger.Event.INSERT),
                List.of(), true, null, "CREATE TRIGGER ...", null);
        Schema s1 = Schema.named("s1").withTables(List.of(users, posts))
                .withViews(List.of(View.of("v1", "SELECT 1"), View.of("m1", "SELECT 2").withMaterialized(true)))
                .withTypes(List.of(EnumType.of("status", "a")))
                .withSequences(List.of(Sequence.of("seq"))).withTriggers(List.of(trg))
                .withRoutines(List.of(new Routine(Routine.Kind.FUNCTION, "f", List.of(), INT, "sql", "SELECT 1", null,
                        List.of())));
        Schema s2 = Schema.named("s2").withTables(List.of(table("orgs", "id"), table("users", "id", "a")));
        return new Realm(List.of(s1, s2), List.of(new Extension("pgcrypto", null, null, null)), List.of());
    }

    private static Schema s1(Realm r) {
        return r.schema("s1").orElseThrow();
    }

    @Test
    void aSchemaGoesWithTheForeignKeysIntoIt() {
        Realm r = Exclusion.fromRealm(shop(), List.of("s2"));
        assertThat(r.schemas()).extracting(Schema::name).containsExactly("s1");
        assertThat(r.table(new TableRef("s1", "users")).orElseThrow().foreignKeys()).isEmpty();
        assertThat(r.extensions()).hasSize(1);
    }

    @Test
    void aTableGoesWithItsTriggersAndTheForeignKeysIntoIt() {
        Realm r = Exclusion.fromRealm(shop(), List.of("s1.users"));
        assertThat(s1(r).tables()).extracting(Table::name).containsExactly("posts");
        assertThat(s1(r).table("posts").orElseThrow().foreignKeys()).isEmpty();
        assertThat(s1(r).triggers()).isEmpty();
        assertThat(r.table(new TableRef("s2", "users"))).isPresent();
        assertThat(s1(r).views()).hasSize(2);
    }

    @Test
    void columnsGoWithTheirIndexesKeysAndReferences() {
        Realm r = Exclusion.fromRealm(shop(), List.of("*.users.a*"));
        Table users = r.table(new TableRef("s1", "users")).orElseThrow();
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "b", "org_id");
        assertThat(users.indexes()).extracting(Index::name).containsExactly("users_b");
        assertThat(users.checks()).extracting(Check::name).containsExactly("other", "users_a_check");
        assertThat(r.table(new TableRef("s2", "users")).orElseThrow().columns()).extracting(Column::name)
                .containsExactly("id");

        Realm noId = Exclusion.fromRealm(shop(), List.of("s1.users.id[type=column]"));
        assertThat(noId.table(new TableRef("s1", "users")).orElseThrow().primaryKey()).isNull();
        assertThat(noId.table(new TableRef("s1", "posts")).orElseThrow().foreignKeys()).isEmpty();
        Realm noUserId = Exclusion.fromRealm(shop(), List.of("s1.posts.user_id"));
        assertThat(noUserId.table(new TableRef("s1", "posts")).orElseThrow().uniques()).isEmpty();
    }

    @Test
    void typeSelectorsPickTheKind() {
        Realm shop = shop();
        assertThat(s1(Exclusion.fromRealm(shop, List.of("s1.*[type=view]"))).views()).extracting(View::name)
                .containsExactly("m1");
        assertThat(s1(Exclusion.fromRealm(shop, List.of("s1.*[type=view|materialized]"))).views()).isEmpty();
        assertThat(s1(Exclusion.fromRealm(shop, List.of("s1.users[type=view]"))).tables()).hasSize(2);
        Schema s = s1(Exclusion.fromRealm(shop, List.of("s1.*[type=enum|sequence|function]")));
        assertThat(s.types()).isEmpty();
        assertThat(s.sequences()).isEmpty();
        assertThat(s.routines()).isEmpty();
        assertThat(s.tables()).hasSize(2);
        Schema children = s1(Exclusion.fromRealm(shop, List.of("s1.users.*[type=check|fk|policy|trigger]")));
        assertThat(children.triggers()).isEmpty();
        assertThat(s1(Exclusion.fromRealm(shop, List.of("s1.users.*[type=check]"))).triggers()).hasSize(1);
        Table users = children.table("users").orElseThrow();
        assertThat(users.checks()).isEmpty();
        assertThat(users.foreignKeys()).isEmpty();
        assertThat(users.policies()).isEmpty();
        assertThat(users.columns()).hasSize(5);
        assertThat(s1(Exclusion.fromRealm(shop, List.of("s1.users.users_?[type=index]"))).table("users")
                .orElseThrow().indexes()).isEmpty();
        assertThat(Exclusion.fromRealm(shop, List.of("pgcrypto[type=extension]")).extensions()).isEmpty();
        assertThat(Exclusion.fromRealm(shop, List.of("pgcrypto[type=schema]")).extensions()).hasSize(1);
    }

    @Test
    void quotedPartsHoldDotsAndGlobsFollowGo() {
        Realm r = Realm.of(Schema.named("a.b").withTables(List.of(table("t1"), table("t2"), table("x*"))));
        assertThat(Exclusion.fromRealm(r, List.of("\"a.b\".t[^1]")).schemas().get(0).tables())
                .extracting(Table::name).containsExactly("t1", "x*");
        assertThat(Exclusion.fromRealm(r, List.of("\"a.b\".x\\*")).schemas().get(0).tables()).hasSize(2);
        assertThat(Exclusion.fromSchema(r, "a.b", List.of("t?")).schemas().get(0).tables())
                .extracting(Table::name).containsExactly("x*");
        assertThat(Exclusion.fromRealm(r, List.of("a.b")).schemas().get(0).tables()).hasSize(3);
        assertThat(Exclusion.fromRealm(r, List.of("\"a.b\".[s-u]3")).schemas().get(0).tables()).hasSize(3);
    }

    @Test
    void malformedPatternsAreOneClearError() {
        for (String[] c : new String[][] {
                {"s.[a", "--exclude pattern \"s.[a\" is not a valid glob: a [ has no closing ]"},
                {"s.a\\", "--exclude pattern \"s.a\\\" is not a valid glob: it ends with a lone \\"},
                {"s.[-a]", "--exclude pattern \"s.[-a]\" is not a valid glob: \"-\" must be escaped inside [...]"},
                {"a.b.c.d", "--exclude pattern \"a.b.c.d\" has more than 3 parts (schema.table.column)"},
                {"\"a.b", "--exclude pattern \"\"a.b\" has an unterminated \""},
                {"a\"b", "--exclude pattern \"a\"b\" has a \" inside a part: quote the whole part"},
                {"", "--exclude pattern \"\" must be one line, not empty"}}) {
            assertThatThrownBy(() -> Exclusion.fromRealm(shop(), List.of(c[0]))).isInstanceOf(UsageException.class)
                    .hasMessage(c[1]);
        }
        assertThatThrownBy(() -> InspectScope.realm().withExclude(List.of("[")))
                .hasMessageContaining("is not a valid glob");
    }

    @Test
    void scopeLeavesTheRevisionsTableOutUnlessAsked() {
        Realm r = Realm.of(Schema.named("app").withTables(List.of(table("users", "id"),
                        table(InspectScope.REVISIONS, "version"))),
                Schema.named(InspectScope.REVISIONS).withTables(List.of(table(InspectScope.REVISIONS, "version"))));
        assertThat(InspectScope.realm().apply(r).schemas()).extracting(Schema::name).containsExactly("app");
        assertThat(InspectScope.realm().apply(r).schemas().get(0).tables()).extracting(Table::name)
                .containsExactly("users");
        assertThat(InspectScope.realm().withRevisions(true).apply(r)).isEqualTo(r);
        assertThat(InspectScope.schema("app").withExclude(List.of("users")).apply(Realm.of(r.schemas().get(0))))
                .isEqualTo(Realm.of(Schema.named("app")));
    }
}
