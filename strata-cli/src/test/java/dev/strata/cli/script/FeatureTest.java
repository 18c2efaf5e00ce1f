package dev.strata.cli.script;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureTest {

    @Test
    void anAtlasLineNeedsTheFeatureOfItsSubcommand() {
        assertThat(Feature.of(List.of("schema", "inspect", "-u", "URL"))).contains(Feature.SCHEMA_INSPECT);
        assertThat(Feature.of(List.of("migrate", "--env", "dev", "diff", "--to", "x"))).contains(Feature.MIGRATE_DIFF);
        assertThat(Feature.of(List.of("migrate", "-c", "file://a.hcl", "lint"))).contains(Feature.MIGRATE_LINT);
        assertThat(Feature.of(List.of("migrate", "apply", "--url", "URL"))).isEmpty();
        assertThat(Feature.of(List.of("migrate", "status"))).isEmpty();
        assertThat(Feature.of(List.of("version"))).isEmpty();
        for (Feature f : Feature.values()) {
            assertThat(Feature.of(List.of(f.command().split(" ")))).isEqualTo(Optional.of(f));
        }
    }

    @Test
    void featuresAreSwitchedOnByKey() {
        String before = System.getProperty("strata.script.features");
        try {
            System.setProperty("strata.script.features", "schema-inspect, migrate-lint");
            assertThat(Features.enabled()).contains(Feature.SCHEMA_INSPECT, Feature.MIGRATE_LINT);
        } finally {
            if (before == null) {
                System.clearProperty("strata.script.features");
            } else {
                System.setProperty("strata.script.features", before);
            }
        }
    }
}
