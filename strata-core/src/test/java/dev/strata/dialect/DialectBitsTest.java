package dev.strata.dialect;

import dev.strata.text.Durations;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialectBitsTest {

    /** The keys Atlas takes its PostgreSQL advisory locks on. */
    @Test
    void advisoryLockKeysMatchAtlas() {
        assertThat(Fnv1.hash32("atlas_migrate_execute")).isEqualTo(2686470616L);
        assertThat(Fnv1.hash32("atlas_migrate_diff")).isEqualTo(361947982L);
    }

    @Test
    void goDurations() {
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofNanos(999))).isEqualTo("999ns");
        assertThat(Durations.format(Duration.ofNanos(1_500))).isEqualTo("1.5\u00b5s");
        assertThat(Durations.format(Duration.ofNanos(1_500_000))).isEqualTo("1.5ms");
        assertThat(Durations.format(Duration.ofNanos(12_345_678))).isEqualTo("12.345678ms");
        assertThat(Durations.format(Duration.ofMillis(90_000))).isEqualTo("1m30s");
        assertThat(Durations.format(Duration.ofMillis(123_500))).isEqualTo("2m3.5s");
        assertThat(Durations.format(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(Durations.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("30")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> Durations.parse("10 parsecs")).isInstanceOf(IllegalArgumentException.class);
    }
}
