package dev.strata.down;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The version a git tag (or any commit) of the project gave the directory: its newest migration file
 * at that commit ({@code git ls-tree}). {@code --to-tag v1.4} takes a database back to the release
 * tagged {@code v1.4}.
 */
final class GitTag {

    private GitTag() {
    }

    /**
     * @return the newest version among the directory's {@code .sql} files at the tag; empty when it had none
     * @throws UsageException  when git does not know the tag
     * @throws StrataException when git cannot run
     */
    static String version(Path dir, String tag) {
        if (tag.isBlank() || tag.startsWith("-")) {
            throw new UsageException("--to-tag: \"" + tag + "\" is not a tag");
        }
        List<String> names = run(dir, tag).lines().filter(n -> n.endsWith(".sql")).toList();
        String newest = "";
        for (String n : names) {
            String v = new MigrationFile(n, new byte[0]).version();
            if (Names.compare(v, newest) > 0) {
                newest = v;
            }
        }
        return newest;
    }

    private static String run(Path dir, String tag) {
        try {
            Process p = new ProcessBuilder("git", "-C", dir.toString(), "ls-tree", "--name-only", tag, "--", "./")
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new UsageException("--to-tag " + tag + ": " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new StrataException("running git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException("running git: interrupted", e);
        }
    }
}
