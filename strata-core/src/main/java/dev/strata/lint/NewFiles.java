package dev.strata.lint;

import dev.strata.UsageException;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;

import java.nio.file.Path;
import java.util.List;

/**
 * Which files of a directory a lint treats as new, Atlas's {@code --latest N} and
 * {@code --git-base BRANCH}; the files before them are the base, replayed without analysis.
 */
public sealed interface NewFiles {

    /** The last {@code n} files ({@code --latest N}). */
    static NewFiles latest(int n) {
        return new Latest(n);
    }

    /** The files added since {@code branch}, git run in the current directory ({@code --git-base}). */
    static NewFiles gitBase(String branch) {
        return new GitBase(branch, null);
    }

    /** The files added since {@code branch}, git run in {@code gitDir} ({@code --git-base --git-dir}). */
    static NewFiles gitBase(String branch, Path gitDir) {
        return new GitBase(branch, gitDir);
    }

    /** The index of the first new file of {@code files}, read from {@code dir}. */
    int firstNew(MigrationDir dir, List<MigrationFile> files);

    /** @param n how many files from the end; negative or at least the count: all */
    record Latest(int n) implements NewFiles {
        public int firstNew(MigrationDir dir, List<MigrationFile> files) {
            return Selection.latest(files, n);
        }
    }

    /** @param gitDir where git runs, or null for the current directory */
    record GitBase(String branch, Path gitDir) implements NewFiles {

        public GitBase {
            if (branch == null || branch.isBlank()) {
                throw new UsageException("the git base branch is empty");
            }
        }

        public int firstNew(MigrationDir dir, List<MigrationFile> files) {
            if (!(dir instanceof LocalDir local)) {
                throw new UsageException("a git base needs a migration directory on disk, not " + dir.location());
            }
            return Selection.gitBase(files, local.path(), gitDir, branch);
        }
    }
}
