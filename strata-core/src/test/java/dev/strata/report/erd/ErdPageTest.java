package dev.strata.report.erd;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.TypeKind;
import dev.strata.schema.View;
import dev.strata.schema.DefaultValue;
import dev.strata.testing.Exhaustive;
import dev.strata.testing.MiniJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page as text: what it embeds and how; the browser tests check what it shows. */
class ErdPageTest {

    private static final Pattern MODEL = Pattern.compile(
            "<script type=\"application/json\" id=\"erd-model\">(.*?)</script>", Pattern.DOTALL);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(String page) {
        Matcher m = MODEL.matcher(page);
        assertThat(m.find()).as("the page embeds its model").isTrue();
        return (Map<String, Object>) MiniJson.parse(m.group(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theModelHoldsEveryTableViewAndKey() {
        Map<String, Object> model = model(ErdPage.render(ErdRealms.small()));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) model.get("nodes");
        assertThat(nodes).extracting(n -> n.get("id")).containsExactlyInAnyOrder("billing.invoices", "public.orgs",
                "public.posts", "public.profiles", "public.users", "public.published_posts");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) model.get("edges");
        assertThat(edges).extracting(e -> e.get("kind") + " " + e.get("from") + " -> " + e.get("to"))
                .containsExactlyInAnyOrder("fk billing.invoices -> public.orgs", "fk public.orgs -> public.orgs",
                        "fk public.posts -> public.users", "fk public.profiles -> public.users",
                        "fk public.users -> public.orgs", "view public.published_posts -> public.posts",
                        "view public.published_posts -> public.users");
        Map<String, Object> users = nodes.stream().filter(n -> n.get("id").equals("public.users")).findFirst().get();
        assertThat(users).containsEntry("comment", "people who sign in");
        assertThat((List<Map<String, Object>>) users.get("indexes")).extracting(i -> i.get("name"))
                .containsExactly("users_email");
        assertThat((List<Map<String, Object>>) users.get("columns")).extracting(c -> c.get("name") + ":"
                + c.get("type") + ":" + c.get("null") + ":" + c.get("pk") + ":" + c.get("fk"))
                .containsExactly("id:bigint:null:true:null", "email:text:null:null:null",
                        "org_id:bigint:true:null:true");
    }

    /** A name that closes the script element stays text: the JSON escapes every {@code <}. */
    @Test
    @SuppressWarnings("unchecked")
    void namesCannotCloseTheScriptTheModelIsIn() {
        String evil = "</script><script>alert(1)</script>";
        Realm realm = Realm.of(Schema.named("s").withTables(List.of(Table.of(evil,
                List.of(Column.of("<!--", ColumnType.of("text", TypeKind.STRING)))))));
        String page = ErdPage.render(realm, "a <b> title");
        String clean = ErdPage.render(Realm.of(Schema.named("s")), "t");
        assertThat(count(page, "</script>")).isEqualTo(count(clean, "</script>"));
        assertThat(page).doesNotContain("<!--").contains("<title>a &lt;b&gt; title</title>");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) model(page).get("nodes");
        assertThat(nodes.get(0).get("name")).isEqualTo(evil);
    }

    /** Nothing in the page names a resource to fetch, and its policy forbids fetching any. */
    @Test
    void thePageLoadsNothing() {
        String page = ErdPage.render(ErdRealms.small());
        assertThat(page).contains("default-src 'none'").doesNotContainPattern("(?i)\\s(src|href)\\s*=")
                .doesNotContain("@import").doesNotContainPattern("url\\((?!#)");
        assertThat(page).contains("Copyright (c) 2012-2014 Chris Pettitt");
    }

    @Test
    void viewsReadTheTablesTheirDefinitionNames() {
        Realm realm = Realm.of(
                Schema.named("a").withTables(List.of(Table.of("users", List.of()), Table.of("orders", List.of())))
                        .withViews(List.of(View.of("v", "SELECT u.id, 'orders' FROM \"users\" u JOIN b.items i ON true"),
                                View.of("w", "SELECT * FROM v WHERE x.orders = 1"))),
                Schema.named("b").withTables(List.of(Table.of("items", List.of()), Table.of("users", List.of()))));
        ViewDeps deps = new ViewDeps(realm);
        View v = realm.schema("a").get().view("v").get();
        View w = realm.schema("a").get().view("w").get();
        assertThat(deps.of("a", v)).containsExactly(new TableRef("a", "users"), new TableRef("b", "items"));
        assertThat(deps.of("a", w)).containsExactly(new TableRef("a", "v"));
    }

    /** Every kind of default shows in the panel as SQL would write it. */
    @Test
    void everyDefaultValueHasAText() {
        Exhaustive.check(DefaultValue.class, List.of(new DefaultValue.StringLiteral("it's"),
                        new DefaultValue.NumberLiteral("-1.50"), new DefaultValue.BoolLiteral(false),
                        new DefaultValue.Expression("now()")),
                Map.<String, Function<DefaultValue, ?>>of("ErdModel.defaultValue", ErdModel::defaultValue));
        assertThat(ErdModel.defaultValue(new DefaultValue.StringLiteral("it's"))).isEqualTo("'it''s'");
        assertThat(ErdModel.defaultValue(new DefaultValue.NumberLiteral("-1.50"))).isEqualTo("-1.5");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
