package dev.strata.dialect;

import java.nio.charset.StandardCharsets;

/**
 * The 32-bit FNV-1 hash (not FNV-1a) Atlas uses to turn a lock name into a PostgreSQL advisory
 * lock key: {@code atlas_migrate_execute} gives 2686470616, so Atlas and Strata exclude each other.
 */
public final class Fnv1 {

    private Fnv1() {
    }

    public static long hash32(String name) {
        int h = 0x811c9dc5;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h *= 0x01000193;
            h ^= b & 0xff;
        }
        return h & 0xffffffffL;
    }
}
