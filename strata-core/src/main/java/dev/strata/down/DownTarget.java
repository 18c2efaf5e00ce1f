package dev.strata.down;

import dev.strata.UsageException;

/** How far down to go: a number of applied versions, a version, or a git tag of the project. */
public sealed interface DownTarget {

    /** The last {@code n} applied versions are undone ({@code migrate down [N]}, 1 by default). */
    record Steps(int n) implements DownTarget {
        public Steps {
            if (n < 1) {
                throw new UsageException("migrate down: the amount of versions to revert must be at least 1, got " + n);
            }
        }
    }

    /**
     * Every applied version after {@code version} is undone ({@code --to-version}); empty for a
     * database at no version.
     */
    record Version(String version) implements DownTarget {
    }

    /**
     * Down to the newest file the directory had at a git tag (or any commit) of the project
     * ({@code --to-tag}): the release that tag names.
     */
    record Tag(String tag) implements DownTarget {
    }
}
