package dev.strata.schema;

import dev.strata.dialect.SchemaDialects;
import dev.strata.dialect.mysql.MySqlAttrs;
import dev.strata.dialect.postgres.PostgresAttrs;
import dev.strata.dialect.sqlite.SqliteAttrs;

import java.util.List;

/**
 * Hand-built models that together use every part of the model, one per dialect, as an inspector
 * would produce them (types through the dialect's {@link TypeNames}, defaults left out).
 */
public final class ModelCorpus {

    private ModelCorpus() {
    }

    private static ColumnType t(String dialect, String raw) {
        return SchemaDialects.typeNames(dialect).parse(raw);
    }

    /** A shop and a multi-tenant SaaS on PostgreSQL: every PostgreSQL feature the model has. */
    public static Realm postgres() {
        TypeNames pg = SchemaDialects.typeNames("postgres");
        TypeRef status = new TypeRef("public", "status");
        TypeRef money = new TypeRef("public", "positive_amount");
        TypeRef address = new TypeRef("public", "address");
        TypeNames.UserTypes user = ref -> ref.equals(status) ? TypeKind.ENUM : null;
        String p = "postgres";
        Table users = Table.of("users", List.of(
                        Column.of("id", t(p, "bigint")).withIdentity(new Identity(Identity.Generation.ALWAYS, 10, 2)),
                        Column.of("org_id", t(p, "integer")),
                        Column.of("email", t(p, "character varying(255)")).withCollation("C"),
                        Column.of("status", pg.userType(status, TypeKind.ENUM, "public"))
                                .withDefault(DefaultValue.string("active")),
                        Column.of("past", pg.parse("status[]", "public", user)).withNullable(true),
                        Column.of("tags", t(p, "text[]")).withDefault(DefaultValue.expr("'{}'::text[]")),
                        Column.of("created_at", t(p, "timestamp(3) with time zone"))
                                .withDefault(DefaultValue.expr("now()")),
                        Column.of("score", t(p, "numeric(10,2)")).withDefault(DefaultValue.number("1.50")),
                        Column.of("active", t(p, "boolean")).withDefault(DefaultValue.bool(true)),
                        Column.of("balance", pg.userType(money, TypeKind.DOMAIN, "public")).withNullable(true),
                        Column.of("home", pg.userType(address, TypeKind.COMPOSITE, "public")).withNullable(true),
                        Column.of("data", t(p, "jsonb")).withNullable(true).withComment("what the \"client\" sent\nas is"),
                        Column.of("double", t(p, "integer")).withGenerated(new Generated("(org_id * 2)",
                                Generated.Storage.STORED)),
                        Column.of("flags", t(p, "bit(8)")), Column.of("wait", t(p, "interval day to second(4)")),
                        Column.of("grade", t(p, "\"char\"")).withNullable(true),
                        Column.of("ref", t(p, "bigserial")), Column.of("parent_id", t(p, "bigint")).withNullable(true),
                        Column.of("odd", t(p, "citext")).withNullable(true).withDefault(DefaultValue.string("${x} %{y}"))))
                .withPrimaryKey(PrimaryKey.of("id").withName("users_pk").withInclude(List.of("email")))
                .withUniques(List.of(UniqueConstraint.of("users_email_key", "email").withNullsNotDistinct(true)
                        .withDeferrable(Deferrable.INITIALLY_DEFERRED).withComment("one account per address")))
                .withIndexes(List.of(
                        Index.of("users_lower_email", List.of(IndexPart.expr("lower((email)::text)"))).withUnique(true)
                                .withWhere("(active AND (parent_id IS NULL))").withComment("login"),
                        Index.on("users_tags", "tags").withType("GIN"),
                        Index.of("users_multi", List.of(IndexPart.column("created_at").withDesc(true)
                                        .withNulls(IndexPart.Nulls.LAST),
                                IndexPart.column("email").withCollation("C").withOpClass("text_pattern_ops"),
                                IndexPart.column("score").withNulls(IndexPart.Nulls.FIRST),
                                IndexPart.expr("(data ->> 'k'::text)").withOpClass("jsonb_path_ops(siglen=4)")))
                                .withInclude(List.of("status")),
                        Index.on("users_created_brin", "created_at").withType("brin")
                                .withAttrs(List.of(new PostgresAttrs.PagesPerRange(32)))))
                .withForeignKeys(List.of(
                        ForeignKey.of("users_org_fk", List.of("org_id"), new TableRef("tenant", "orgs"), List.of("id"))
                                .withOnDelete(ReferenceAction.CASCADE).withOnUpdate(ReferenceAction.SET_NULL)
                                .withDeferrable(Deferrable.INITIALLY_IMMEDIATE),
                        ForeignKey.of("users_parent_fk", List.of("parent_id"), new TableRef("public", "users"),
                                List.of("id")),
                        ForeignKey.of("users_twin_fk", List.of("org_id", "parent_id"), new TableRef("tenant", "users"),
                                List.of("org_id", "id")).withOnDelete(ReferenceAction.RESTRICT)))
                .withChecks(List.of(new Check("email_not_empty", "((email)::text <> ''::text)", true, true),
                        Check.of("score_positive", "(score > (0)::numeric)")))
                .withComment("the shop's customers").withRowSecurity(new RowSecurity(true, true))
                .withPolicies(List.of(new Policy("tenant_read", Policy.Command.SELECT, true, List.of("app_user", "admin"),
                                "(org_id = (current_setting('app.org'::text))::integer)", null, "reads"),
                        new Policy("tenant_write", Policy.Command.INSERT, false, List.of(), null, "(org_id > 0)", null)));
        Table events = Table.of("events", List.of(Column.of("id", t(p, "bigint")),
                        Column.of("at", t(p, "date")), Column.of("kind", t(p, "text"))))
                .withPartitioning(new Partitioning(Partitioning.Strategy.RANGE, List.of(
                        Partitioning.KeyPart.column("at"), Partitioning.KeyPart.expr("lower(kind)")), List.of(
                        new Partitioning.Partition(null, "events_2024", "FOR VALUES FROM ('2024-01-01', 'a') TO ('2025-01-01', 'z')"),
                        new Partitioning.Partition("archive", "events_old", "DEFAULT"))))
                .withAttrs(List.of(new PostgresAttrs.Unlogged()));
        Table logs = Table.of("logs", List.of(Column.of("region", t(p, "text"))))
                .withPartitioning(Partitioning.of(Partitioning.Strategy.LIST, List.of(Partitioning.KeyPart.column("region"))));
        Schema pub = Schema.named("public").withComment("standard public schema").withTables(List.of(users, events, logs))
                .withTypes(List.of(EnumType.of("status", "active", "inactive", "it's"),
                        new DomainType("positive_amount", t(p, "numeric(12,2)"), false, DefaultValue.number("0"),
                                List.of(Check.of("positive_amount_check", "(VALUE >= (0)::numeric)")), null, "money"),
                        new CompositeType("address", List.of(new CompositeType.Field("street", t(p, "text"), "C"),
                                new CompositeType.Field("zip", t(p, "character(5)"), null)), null)))
                .withViews(List.of(
                        View.of("active_users", " SELECT users.id,\n    users.email\n   FROM users\n  WHERE users.active;\n")
                                .withCheckOption(View.CheckOption.LOCAL).withComment("who can log in")
                                .withColumns(List.of(Column.of("id", t(p, "bigint")).withNullable(true),
                                        Column.of("email", t(p, "character varying(255)")).withNullable(true))),
                        View.of("user_counts", "SELECT count(*) AS n FROM users").withMaterialized(true)
                                .withIndexes(List.of(Index.on("user_counts_n", "n").withUnique(true)))
                                .withColumns(List.of(Column.of("n", t(p, "bigint")).withNullable(true)))))
                .withRoutines(List.of(
                        new Routine(Routine.Kind.FUNCTION, "add", List.of(Routine.Arg.of("a", t(p, "integer")),
                                Routine.Arg.of("b", t(p, "integer"))), t(p, "integer"), "sql",
                                "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\n"
                                        + "AS $function$SELECT a + b$function$\n", "adds", List.of()),
                        new Routine(Routine.Kind.FUNCTION, "add", List.of(Routine.Arg.of("a", t(p, "bigint")),
                                new Routine.Arg("b", t(p, "bigint"), Routine.Arg.Mode.IN, "1"),
                                new Routine.Arg("total", t(p, "bigint"), Routine.Arg.Mode.OUT, null)), t(p, "bigint"),
                                "sql", "SELECT a + b", null, List.of()),
                        new Routine(Routine.Kind.FUNCTION, "touch", List.of(), t(p, "trigger"), "plpgsql",
                                "CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                                        + "  NEW.created_at := now(); -- ${not a template}\n\n  RETURN NEW;\nEND\n$$",
                                null, List.of()),
                        new Routine(Routine.Kind.PROCEDURE, "reset", List.of(new Routine.Arg(null, t(p, "text"),
                                Routine.Arg.Mode.VARIADIC, null)), null, "plpgsql", "BEGIN\nEND", null, List.of())))
                .withTriggers(List.of(
                        new Trigger("users_touch", "users", Trigger.Timing.BEFORE, List.of(Trigger.Event.UPDATE,
                                Trigger.Event.INSERT), List.of("email", "status"), true, "(NEW.active)",
                                "CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF email, status ON public.users "
                                        + "FOR EACH ROW WHEN (new.active) EXECUTE FUNCTION touch()", "keeps time"),
                        new Trigger("active_users_insert", "active_users", Trigger.Timing.INSTEAD_OF,
                                List.of(Trigger.Event.INSERT), List.of(), true, null,
                                "CREATE TRIGGER active_users_insert INSTEAD OF INSERT ON public.active_users FOR EACH "
                                        + "ROW EXECUTE FUNCTION touch()", null),
                        new Trigger("events_truncate", "events", Trigger.Timing.AFTER, List.of(Trigger.Event.TRUNCATE,
                                Trigger.Event.DELETE), List.of(), false, null,
                                "CREATE TRIGGER events_truncate AFTER DELETE OR TRUNCATE ON public.events FOR EACH "
                                        + "STATEMENT EXECUTE FUNCTION touch()", null)))
                .withSequences(List.of(new Sequence("order_numbers", t(p, "integer"), 1000L, 5L, 1000L, 999999L, 20L,
                        true, new ColumnRef("users", "ref"), "order numbers"), Sequence.of("plain")));
        Table orgs = Table.of("orgs", List.of(Column.of("id", t(p, "integer")), Column.of("name", t(p, "text"))))
                .withPrimaryKey(PrimaryKey.of("id"));
        Table tenantUsers = Table.of("users", List.of(Column.of("org_id", t(p, "integer")),
                        Column.of("id", t(p, "bigint")), Column.of("status", pg.userType(new TypeRef("tenant", "status"),
                                TypeKind.ENUM, "tenant"))))
                .withPrimaryKey(PrimaryKey.of("org_id", "id"))
                .withForeignKeys(List.of(ForeignKey.of("tenant_users_org", List.of("org_id"),
                        new TableRef("tenant", "orgs"), List.of("id"))));
        Schema tenant = Schema.named("tenant").withTables(List.of(orgs, tenantUsers))
                .withTypes(List.of(EnumType.of("status", "on", "off")));
        Schema archive = Schema.named("archive");
        return new Realm(List.of(pub, tenant, archive), List.of(new Extension("pgcrypto", "public", "1.3",
                "cryptographic functions"), new Extension("plpgsql", null, null, null)), List.of());
    }

    /** A blog on MySQL: engines, charsets, generated columns, ON UPDATE, enums and sets, routines and triggers. */
    public static Realm mysql(String dialect) {
        String m = dialect;
        Table posts = Table.of("posts", List.of(
                        Column.of("id", t(m, "int unsigned")).withAutoIncrement(true),
                        Column.of("author_id", t(m, "bigint")),
                        Column.of("title", t(m, "varchar(255)")).withCharset("latin1").withCollation("latin1_bin"),
                        Column.of("state", t(m, "enum('draft','published','it''s')")).withDefault(DefaultValue.string("draft")),
                        Column.of("tags", t(m, "set('a','b')")).withNullable(true),
                        Column.of("price", t(m, "decimal(10,2) unsigned")).withDefault(DefaultValue.number("0")),
                        Column.of("ratio", t(m, "float")).withNullable(true),
                        Column.of("exact", t(m, "double(10,2)")).withNullable(true),
                        Column.of("flag", t(m, "tinyint(1)")).withDefault(DefaultValue.bool(false)),
                        Column.of("updated", t(m, "timestamp(6)")).withDefault(DefaultValue.expr("CURRENT_TIMESTAMP(6)"))
                                .withAttrs(List.of(new MySqlAttrs.OnUpdate("CURRENT_TIMESTAMP(6)"))),
                        Column.of("slug", t(m, "varchar(64)")).withGenerated(new Generated("lower(`title`)",
                                Generated.Storage.STORED)),
                        Column.of("words", t(m, "int")).withNullable(true).withGenerated(new Generated(
                                "length(`body`)", Generated.Storage.VIRTUAL)),
                        Column.of("body", t(m, "longtext")).withComment("markdown"),
                        Column.of("meta", t(m, "json")).withNullable(true),
                        Column.of("raw", t(m, "blob")).withNullable(true), Column.of("bits", t(m, "bit(4)")),
                        Column.of("yr", t(m, "year")).withNullable(true), Column.of("place", t(m, "point")).withNullable(true),
                        Column.of("code", t(m, "binary(16)")).withNullable(true),
                        Column.of("zf", t(m, "int(5) zerofill")).withNullable(true)))
                .withPrimaryKey(PrimaryKey.of("id"))
                .withIndexes(List.of(Index.on("posts_body", "body").withType("FULLTEXT")
                                .withAttrs(List.of(new MySqlAttrs.IndexParser("ngram"))),
                        Index.of("posts_title", List.of(IndexPart.column("title").withPrefix(10).withDesc(true),
                                IndexPart.column("id"))).withUnique(true).withComment("lookup"),
                        Index.on("posts_author", "author_id")))
                .withForeignKeys(List.of(ForeignKey.of("posts_author_fk", List.of("author_id"),
                        new TableRef("blog", "authors"), List.of("id")).withOnDelete(ReferenceAction.RESTRICT)))
                .withChecks(List.of(new Check("posts_price", "`price` >= 0", false, false)))
                .withComment("articles").withCharset("utf8mb3").withCollation("utf8mb3_general_ci")
                .withAttrs(List.of(new MySqlAttrs.Engine("MyISAM"), new MySqlAttrs.AutoIncrement(100)));
        Table authors = Table.of("authors", List.of(Column.of("id", t(m, "bigint")), Column.of("name", t(m, "text"))))
                .withPrimaryKey(PrimaryKey.of("id").withAttrs(List.of(new MySqlAttrs.PrimaryKeyType("hash"))))
                .withAttrs(List.of(new MySqlAttrs.Engine("ARCHIVE")));
        Schema blog = Schema.named("blog").withCharset("utf8mb4").withCollation("utf8mb4_general_ci")
                .withTables(List.of(posts, authors))
                .withViews(List.of(View.of("published", "select `blog`.`posts`.`id` AS `id` from `blog`.`posts` "
                        + "where `blog`.`posts`.`state` = 'published'").withCheckOption(View.CheckOption.CASCADED)))
                .withRoutines(List.of(new Routine(Routine.Kind.PROCEDURE, "bump", List.of(
                        new Routine.Arg("n", t(m, "int"), Routine.Arg.Mode.INOUT, null)), null, "SQL",
                        "CREATE DEFINER=`root`@`%` PROCEDURE `bump`(INOUT n INT)\nBEGIN\n  SET n = n + 1;\nEND", null,
                        List.of()), new Routine(Routine.Kind.FUNCTION, "twice", List.of(Routine.Arg.of("x", t(m, "int"))),
                        t(m, "int"), "SQL", "CREATE FUNCTION `twice`(x INT) RETURNS int DETERMINISTIC RETURN x * 2", null,
                        List.of())))
                .withTriggers(List.of(new Trigger("posts_words", "posts", Trigger.Timing.BEFORE,
                        List.of(Trigger.Event.UPDATE), List.of(), true, null,
                        "CREATE TRIGGER posts_words BEFORE UPDATE ON posts FOR EACH ROW SET NEW.flag = 1", null)));
        Schema other = Schema.named("other").withTables(List.of(Table.of("authors", List.of(Column.of("id",
                t(m, "int"))))));
        return Realm.of(blog, other);
    }

    /** SQLite: WITHOUT ROWID, STRICT, AUTOINCREMENT, unnamed constraints, partial and expression indexes. */
    public static Realm sqlite() {
        String s = "sqlite3";
        Table users = Table.of("users", List.of(Column.of("id", t(s, "integer")).withAutoIncrement(true),
                        Column.of("email", t(s, "varchar(255)")).withCollation("NOCASE"),
                        Column.of("big", t(s, "unsigned big int")).withNullable(true),
                        Column.of("price", t(s, "decimal(10,2)")).withDefault(DefaultValue.number("-1.5")),
                        Column.of("odd", t(s, "MONEY")).withNullable(true),
                        Column.of("none", t(s, "")).withNullable(true),
                        Column.of("lower_email", t(s, "text")).withGenerated(new Generated("lower(email)",
                                Generated.Storage.VIRTUAL))))
                .withPrimaryKey(PrimaryKey.of("id"))
                .withIndexes(List.of(Index.of("users_email", List.of(IndexPart.expr("lower(email)"))).withUnique(true)
                        .withWhere("big IS NOT NULL")))
                .withChecks(List.of(Check.of(null, "price > -100"), Check.of(null, "length(email) > 3")));
        Table kv = Table.of("kv", List.of(Column.of("k", t(s, "text")), Column.of("v", t(s, "blob")).withNullable(true),
                        Column.of("user_id", t(s, "integer")).withNullable(true)))
                .withPrimaryKey(PrimaryKey.of("k"))
                .withForeignKeys(List.of(ForeignKey.of(null, List.of("user_id"), new TableRef("main", "users"),
                        List.of("id")).withOnDelete(ReferenceAction.SET_NULL)))
                .withAttrs(List.of(SqliteAttrs.WITHOUT_ROWID, SqliteAttrs.STRICT));
        Schema main = Schema.named("main").withTables(List.of(users, kv))
                .withViews(List.of(View.of("emails", "SELECT email FROM users")))
                .withTriggers(List.of(new Trigger("kv_clean", "users", Trigger.Timing.AFTER, List.of(Trigger.Event.DELETE),
                        List.of(), true, null, "CREATE TRIGGER kv_clean AFTER DELETE ON users BEGIN\n  DELETE FROM kv "
                        + "WHERE user_id = OLD.id;\nEND", null)));
        return Realm.of(main);
    }
}
