package dev.strata.cli.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbTargetTest {

    /** Strata's MariaDB 10.11 runs as Atlas's newest MariaDB, maria107. */
    @Test
    void serverVersionsAsAtlasNamesThem() {
        assertThat(MariaDbTarget.atlasVersion("10.11.19-MariaDB-0+deb12u1")).isEqualTo("maria107");
        assertThat(MariaDbTarget.atlasVersion("11.4.2-MariaDB")).isEqualTo("maria107");
        assertThat(MariaDbTarget.atlasVersion("10.3.13-MariaDB")).isEqualTo("maria103");
        assertThat(MariaDbTarget.atlasVersion("8.0.36")).isEqualTo("mysql8");
        assertThat(MariaDbTarget.atlasVersion("5.7.26-log")).isEqualTo("mysql57");
    }
}
