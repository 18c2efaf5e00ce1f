package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.UserType;
import dev.strata.schema.json.SchemaJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java 17 does not check instanceof chains over sealed types, so each sealed root of the model is
 * walked here: every permitted variant needs a sample, and each sample goes through the HCL
 * printer and reader and the JSON printer. A new variant fails this test until they handle it.
 */
class SealedRootsTest {

    private static final ColumnType TEXT = SchemaDialects.typeNames("postgres").parse("text");

    private static final List<DefaultValue> DEFAULTS = List.of(new DefaultValue.StringLiteral("x"),
            new DefaultValue.NumberLiteral("-1.25"), new DefaultValue.BoolLiteral(false),
            new DefaultValue.Expression("now()"));

    private static final List<UserType> TYPES = List.of(EnumType.of("e", "a"), DomainType.of("d", TEXT),
            new CompositeType("c", List.of(new CompositeType.Field("f", TEXT, null)), null));

    private static void covers(Class<?> root, List<?> samples) {
        List<Class<?>> sampled = new ArrayList<>();
        samples.forEach(s -> sampled.add(s.getClass()));
        assertThat(sampled).as("a sample of every variant of " + root.getSimpleName())
                .containsExactlyInAnyOrder(root.getPermittedSubclasses());
    }

    private static void roundTrip(Realm r) {
        String hcl = SchemaHcl.print(r, "postgres");
        assertThat(SchemaHcl.read(HclDocument.parse("x.hcl", hcl), Map.of(), "postgres")).as(hcl).isEqualTo(r);
        assertThat(SchemaJson.print(r)).isNotBlank();
    }

    @Test
    void defaultValues() {
        covers(DefaultValue.class, DEFAULTS);
        for (DefaultValue d : DEFAULTS) {
            roundTrip(Realm.of(Schema.named("s").withTables(List.of(Table.of("t", List.of(
                    Column.of("c", TEXT).withDefault(d)))))));
        }
    }

    @Test
    void userTypes() {
        covers(UserType.class, TYPES);
        for (UserType t : TYPES) {
            roundTrip(Realm.of(Schema.named("s").withTypes(List.of(t))));
        }
    }
}
