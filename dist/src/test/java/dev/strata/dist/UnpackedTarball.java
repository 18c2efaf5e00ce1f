package dev.strata.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Tests of the unpacked tarball: each test class unpacks it once, into its own temporary folder. */
abstract class UnpackedTarball {

    @TempDir
    static Path unpacked;

    /** The unpacked {@code strata} folder. */
    static Path strata;

    @TempDir
    Path tmp;

    @BeforeAll
    static void unpack() {
        strata = Dist.unpack(unpacked);
    }
}
