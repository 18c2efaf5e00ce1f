package dev.strata.bench;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run length every benchmark here inherits: short iterations and one fork, so that the whole
 * suite takes a few minutes on a two-core build machine. Command-line options ({@code -f},
 * {@code -wi}, {@code -i}, {@code -r}) override them. The fixed heap keeps the collector's sizing
 * out of the figures.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class RunSettings {
}
