package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.migrate.exec.ApplyException;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.migrate.exec.TxMode;
import dev.strata.report.ApplyJson;
import dev.strata.report.ApplyReport;
import dev.strata.report.Style;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies pending migration files to the database, as {@code strata migrate apply}, and logs Atlas's
 * report. Fails the build when a file fails; the database keeps what ran before it.
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends DatabaseMojo {

    /** Apply at most this many files; 0 applies every pending file. */
    @Parameter(property = "strata.amount", defaultValue = "0")
    int amount;

    /** On a first run against a database that is not empty: the version up to which files count as applied. */
    @Parameter(property = "strata.baseline")
    String baseline;

    /** On a first run: allow a database that is not empty. */
    @Parameter(property = "strata.allowDirty", defaultValue = "false")
    boolean allowDirty;

    /** Transactions: {@code file} (one per file), {@code all} (one for the run) or {@code none}. */
    @Parameter(property = "strata.txMode", defaultValue = "file")
    String txMode;

    /** Files added out of order: {@code linear} (refuse), {@code linear-skip} (skip them) or {@code non-linear} (run them). */
    @Parameter(property = "strata.execOrder", defaultValue = "linear")
    String execOrder;

    /** Log the statements that would run; change nothing. */
    @Parameter(property = "strata.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Before applying, check that no applied file was edited since it ran (the hash the revisions
     * table stored against atlas.sum's), and fail the build if one was: Flyway's validate-on-migrate.
     */
    @Parameter(property = "strata.verifyApplied", defaultValue = "false")
    boolean verifyApplied;

    @Override
    void override(UserProperties properties) {
        super.override(properties);
        amount = properties.number("strata.amount", amount);
        baseline = properties.string("strata.baseline", baseline);
        allowDirty = properties.flag("strata.allowDirty", allowDirty);
        txMode = properties.string("strata.txMode", txMode);
        execOrder = properties.string("strata.execOrder", execOrder);
        dryRun = properties.flag("strata.dryRun", dryRun);
        verifyApplied = properties.flag("strata.verifyApplied", verifyApplied);
    }

    @Override
    void run(MavenOutput out) {
        if (amount < 0) {
            throw new UsageException("strata.amount: cannot apply '" + amount + "' migration files");
        }
        boolean json = json();
        ApplyReport report = new ApplyReport(Style.PLAIN, out::print, out::warn);
        Strata strata = strata(out).baseline(blankToNull(baseline)).allowDirty(allowDirty)
                .txMode(TxMode.parse(txMode == null ? "file" : txMode.strip()))
                .execOrder(ExecOrder.parse(execOrder == null ? "linear" : execOrder.strip()))
                .dryRun(dryRun).verifyApplied(verifyApplied).listener(json ? MigrationListener.NONE : report).build();
        try {
            show(out, report, json, strata.apply(amount));
        } catch (ApplyException e) {
            show(out, report, json, e.result());
            throw e;
        }
    }

    private void show(MavenOutput out, ApplyReport report, boolean json, ApplyResult result) {
        if (json) {
            out.print(ApplyJson.of(database, dirUrl(), result) + "\n");
        } else {
            report.summary(result);
        }
    }
}
