package dev.strata.dialect;

/** A held migration lock; closing releases it. A lock dies with its session when the process does. */
public interface MigrationLock extends AutoCloseable {

    @Override
    void close();
}
