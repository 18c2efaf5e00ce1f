package dev.strata.declare;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.report.History;
import dev.strata.url.DatabaseUrl;

import java.nio.file.Path;
import java.util.List;

/**
 * Whether a database still is what its migration directory says it is at the version its revisions
 * table records ({@code strata schema drift}): the directory is replayed on the dev database up to
 * that version, both are inspected and compared, and the statements that bring the database back
 * are planned on the database itself. Nothing is changed.
 */
public final class Drift {

    private Drift() {
    }

    /**
     * What was found.
     *
     * @param url        the database, redacted
     * @param version    the version the revisions table records; empty when none was applied
     * @param incomplete versions after it that are partly applied (failed or in doubt): their changes
     *                   show as drift
     * @param diff       from the database to what the directory gives
     * @param repair     the statements that remove the drift, on the database's own dialect
     */
    public record Result(String url, String version, List<String> incomplete, SchemaDiff diff, DdlPlan repair) {
        public Result {
            incomplete = List.copyOf(incomplete);
        }

        public boolean drifted() {
            return !diff.changes().isEmpty();
        }
    }

    /**
     * @param revisionsSchema the schema of the revisions table, or null for the default
     * @throws StrataException when the revisions cannot be read or the directory cannot be replayed
     */
    public static Result check(Declarative d, DatabaseUrl url, Path dir, String revisionsSchema, Scope scope) {
        History h = Strata.builder().url(url).dir(dir).revisionsSchema(revisionsSchema).build()
                .report(url.redacted(), url.redacted());
        History.Target t = h.targets().get(0);
        if (t.error() != null) {
            throw new StrataException("reading the revisions of " + url.redacted() + ": " + t.error());
        }
        String version = t.current().orElse("");
        List<String> incomplete = t.revisions().stream().filter(r -> {
            History.State s = t.state(r.version());
            return s == History.State.FAILED || s == History.State.IN_DOUBT;
        }).map(r -> r.version()).toList();
        State live = d.read(new Source.Database(url), scope);
        State expected = d.replay(dir, version, scope);
        SchemaDiff diff = d.diff(live, expected);
        DdlPlan repair = diff.changes().isEmpty() ? new DdlPlan(List.of(), true) : d.planOn(diff, live, "");
        return new Result(url.redacted(), version, incomplete, diff, repair);
    }
}
