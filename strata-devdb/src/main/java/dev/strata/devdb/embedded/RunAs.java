package dev.strata.devdb.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

/**
 * The user the embedded server runs as. PostgreSQL refuses to run as root, and containers and CI
 * often run as root: there the server runs as {@code nobody} (uid and gid 65534), started through
 * util-linux's {@code setpriv}, and the files it uses are handed to that user.
 */
record RunAs(boolean dropsRoot) {

    static final int NOBODY = 65534;

    static RunAs current() {
        try {
            return new RunAs(((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0);
        } catch (IOException | UnsupportedOperationException e) {
            return new RunAs(false);
        }
    }

    /** The command, run as the server's user. */
    List<String> command(List<String> command) {
        if (!dropsRoot) {
            return command;
        }
        List<String> all = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", "--"));
        all.addAll(command);
        return all;
    }

    /** Gives a tree to the server's user. */
    void own(Path tree) throws IOException {
        if (dropsRoot) {
            Trees.chown(tree, NOBODY);
        }
    }

    /**
     * Checks that the server's user can reach a directory of the cache.
     *
     * @throws IOException naming the folder in the way and how to choose another
     */
    void checkReachable(Path dir) throws IOException {
        if (!dropsRoot) {
            return;
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("as root, the embedded server runs as nobody, which cannot enter " + p
                        + "; set STRATA_CACHE_DIR to a folder others may enter");
            }
        }
    }
}
