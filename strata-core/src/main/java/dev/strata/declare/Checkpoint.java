package dev.strata.declare;

import dev.strata.UsageException;
import dev.strata.dialect.DdlPlan;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.report.PlanText;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code migrate checkpoint}: the whole schema the directory gives, replayed on the dev database,
 * written as the statements that create it into a checkpoint file ({@code -- atlas:checkpoint}, Atlas's
 * directive) named {@code <UTC yyyyMMddHHmmss>_<name>.sql}, with {@code atlas.sum} rewritten. A fresh
 * database then starts from it; a database past the files before it skips it.
 *
 * @param name the description part of the file name and the checkpoint's tag; null for a file called
 *             {@code checkpoint} without a tag
 */
public record Checkpoint(String name) {

    /**
     * Writes the checkpoint file.
     *
     * @return the new file's name
     * @throws dev.strata.migrate.ChecksumException when the directory does not match its atlas.sum
     * @throws UsageException                       when there is no dev database
     */
    public String write(Declarative d, LocalDir dir, Scope scope, Instant now) {
        LocalDir.checkMigrationName(name);
        CheckedDir.of(dir);
        if (d.dev().isEmpty()) {
            throw new UsageException("required flag(s) \"dev-url\" not set");
        }
        State state = d.read(new Source.MigrationDirectory(dir.path(), dir.location()), scope);
        DdlPlan plan = d.creation(state, "");
        String header = "-- atlas:checkpoint" + (name == null ? "" : " " + name) + "\n\n";
        byte[] content = (header + PlanText.statements(plan)).getBytes(StandardCharsets.UTF_8);
        return dir.newMigration(name == null ? "checkpoint" : name, now, content);
    }
}
