package dev.strata.lint;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Which files of the directory are new: the index of the first one, as Atlas's two selectors find it. */
public final class Selection {

    private Selection() {
    }

    /** {@code --latest N}: the last N files; N at or above the count, or negative, makes all of them new. */
    public static int latest(List<MigrationFile> files, int n) {
        if (n < 0 || n >= files.size()) {
            return 0;
        }
        return files.size() - n;
    }

    /**
     * {@code --git-base B}: the first file git reports as added since {@code B}
     * ({@code git diff --name-only --diff-filter=A B HEAD -- dir}) and every file after it; none when
     * git reports none.
     *
     * @param gitDir where to run git (null for the current directory)
     * @throws StrataException when git fails, with its message
     */
    public static int gitBase(List<MigrationFile> files, Path dir, Path gitDir, String base) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        if (gitDir != null) {
            cmd.addAll(List.of("-C", gitDir.toString()));
        }
        Path target = gitDir != null ? gitDir.toAbsolutePath().relativize(dir.toAbsolutePath()) : dir;
        String path = target.toString().isEmpty() ? "." : target.toString();
        cmd.addAll(List.of("--no-pager", "diff", "--name-only", "--diff-filter=A", base, "HEAD", "--", path));
        Set<String> added = new HashSet<>();
        for (String line : run(cmd).split("\n")) {
            if (!line.isBlank()) {
                added.add(Path.of(line.strip()).getFileName().toString());
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (added.contains(files.get(i).name())) {
                return i;
            }
        }
        return files.size();
    }

    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new StrataException("git diff: " + new String(out, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException("running git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException("running git: interrupted", e);
        }
    }
}
