package dev.strata.declare;

import dev.strata.UsageException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.PlanOptions;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.report.PlanText;
import dev.strata.schema.diff.DiffOptions;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code migrate diff}: the directory replayed on the dev database is the current state, the desired
 * state is read on the same dev database, and the plan between them becomes the next migration file
 * ({@code <UTC yyyyMMddHHmmss>_<name>.sql}, with {@code atlas.sum} rewritten).
 *
 * @param name      the description part of the file name, or null
 * @param indent    the indent of multi-line statements ({@code {{ sql . "  " }}}), or empty
 * @param qualifier {@code --qualifier}: the schema to name in the statements when the dev database
 *                  is bound to one (they are unqualified otherwise); null for none
 * @param options   the differ's options (renames asked for)
 */
public record MigrationDiff(String name, String indent, String qualifier, DiffOptions options) {

    /**
     * Writes the next migration file.
     *
     * @return the new file's name; empty when the directory already gives the desired state
     * @throws dev.strata.migrate.ChecksumException when the directory does not match its atlas.sum
     * @throws UsageException                       when there is no dev database
     */
    public Optional<String> write(Declarative d, LocalDir dir, Source to, Scope scope, Instant now) {
        LocalDir.checkMigrationName(name);
        CheckedDir.of(dir);
        if (d.dev().isEmpty()) {
            throw new UsageException("required flag(s) \"dev-url\" not set");
        }
        State current = d.read(new Source.MigrationDirectory(dir.path(), dir.location()), scope);
        State desired = d.read(to, scope);
        SchemaDiff diff = d.diff(current, desired, options);
        if (diff.synced()) {
            return Optional.empty();
        }
        boolean bound = d.dev().get().boundSchema().isPresent();
        PlanOptions options = PlanOptions.DEFAULT.withIndent(indent)
                .withQualifier(bound || diff.unqualified() ? (qualifier == null ? "" : qualifier) : null);
        DdlPlan plan = d.plan(diff, desired, options);
        // A plan is not transactional on MySQL because its DDL commits on its own: Atlas writes no
        // directive for that, the executor copes. Only a statement that cannot run in a transaction
        // at all (PostgreSQL's CONCURRENTLY) needs -- atlas:txmode none.
        boolean ddlCommits = !d.dev().get().dialect().implicitCommits().transactionalDdl();
        byte[] content = PlanText.migrationFile(plan, !plan.transactional() && !ddlCommits)
                .getBytes(StandardCharsets.UTF_8);
        return Optional.of(dir.newMigration(name, now, content));
    }
}
