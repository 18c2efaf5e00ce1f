package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.schema.ModelCorpus;
import dev.strata.schema.Realm;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Model to HCL to model, per dialect, on models that together use every feature. */
class SchemaHclRoundTripTest {

    private static void roundTrip(Realm model, String dialect) {
        String hcl = SchemaHcl.print(model, dialect);
        Realm back = SchemaHcl.read(HclDocument.parse("printed.hcl", hcl), Map.of(), dialect);
        assertThat(back).as(hcl).isEqualTo(model);
        assertThat(SchemaHcl.print(back, dialect)).isEqualTo(hcl);
    }

    @Test
    void postgres() {
        roundTrip(ModelCorpus.postgres(), "postgres");
    }

    @Test
    void mysql() {
        roundTrip(ModelCorpus.mysql("mysql"), "mysql");
    }

    @Test
    void mariadb() {
        roundTrip(ModelCorpus.mysql("mariadb"), "mariadb");
    }

    @Test
    void sqlite() {
        roundTrip(ModelCorpus.sqlite(), "sqlite3");
    }
}
