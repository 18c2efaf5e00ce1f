package dev.strata.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The training run of the distribution's AOT cache: every command ends as expected, nothing is left behind. */
class TrainingTest {

    @Test
    void runsEveryCommandAsExpectedAndCleansUp() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = trainingDirs(tmp);
        assertThatNoException().isThrownBy(Training::train);
        assertThat(trainingDirs(tmp)).isEqualTo(before);
    }

    private static long trainingDirs(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("strata-training")).count();
        }
    }
}
