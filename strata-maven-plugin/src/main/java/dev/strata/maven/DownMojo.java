package dev.strata.maven;

import dev.strata.Strata;
import dev.strata.down.DownPlan;
import dev.strata.down.DownTarget;
import dev.strata.report.DownText;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Takes the database back to an earlier version, as {@code strata migrate down}: the directory is
 * replayed on the dev database up to the target and the statements from the database's schema to
 * that one run after a data-loss check. Fails the build when a statement would lose rows (unless
 * {@code strata.allowDataLoss}) or a reverted file changed data only (unless {@code strata.force}).
 */
@Mojo(name = "down", threadSafe = true)
public class DownMojo extends DatabaseMojo {

    /** How many applied versions to revert. */
    @Parameter(property = "strata.amount", defaultValue = "1")
    int amount;

    /** Revert every applied version after this one instead (empty for all of them: {@code none}). */
    @Parameter(property = "strata.toVersion")
    String toVersion;

    /** Revert every applied version after the newest file the directory had at this git tag instead. */
    @Parameter(property = "strata.toTag")
    String toTag;

    /** The dev database the directory is replayed on, emptied before and after. */
    @Parameter(property = "strata.devUrl")
    String devUrl;

    /** Run even when a statement would lose rows. */
    @Parameter(property = "strata.allowDataLoss", defaultValue = "false")
    boolean allowDataLoss;

    /** Run even when a reverted file changed data only. */
    @Parameter(property = "strata.force", defaultValue = "false")
    boolean force;

    /** Log the plan and its data checks; change nothing. */
    @Parameter(property = "strata.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    void override(UserProperties properties) {
        super.override(properties);
        amount = properties.number("strata.amount", amount);
        toVersion = properties.string("strata.toVersion", toVersion);
        toTag = properties.string("strata.toTag", toTag);
        devUrl = properties.string("strata.devUrl", devUrl);
        allowDataLoss = properties.flag("strata.allowDataLoss", allowDataLoss);
        force = properties.flag("strata.force", force);
        dryRun = properties.flag("strata.dryRun", dryRun);
    }

    @Override
    void run(MavenOutput out) {
        requireDevUrl(devUrl);
        DownTarget target = toTag != null && !toTag.isBlank() ? new DownTarget.Tag(toTag.strip())
                : toVersion == null || toVersion.isBlank() ? new DownTarget.Steps(amount)
                : new DownTarget.Version(toVersion.strip().equals("none") ? "" : toVersion.strip());
        Strata strata = strata(out).devUrl(devUrl.strip()).dryRun(dryRun).build();
        long start = System.nanoTime();
        DownPlan plan = strata.down(target, allowDataLoss, force);
        if (plan.isEmpty()) {
            out.print(DownText.nothing(plan));
            return;
        }
        out.print(DownText.plan(plan));
        if (!dryRun) {
            out.print(DownText.done(plan, plan.statements().statements().size(),
                    java.time.Duration.ofNanos(System.nanoTime() - start)));
        }
    }
}
