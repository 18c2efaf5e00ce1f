package dev.strata.report;

import dev.strata.dialect.DdlStatement;
import dev.strata.down.DataLoss;
import dev.strata.down.DataLossCheck;
import dev.strata.down.DownPlan;
import dev.strata.migrate.exec.Revision;
import dev.strata.text.Durations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A down as text, laid out as Atlas Pro's {@code migrate down} lays out its run: the header, the
 * checks before reverting, the statements, and the summary after a rule.
 */
public final class DownText {

    private DownText() {
    }

    /** What is printed when there is nothing to revert. */
    public static String nothing(DownPlan plan) {
        return plan.current().isEmpty() ? "No migration applied yet: nothing to revert\n"
                : "Already at version " + plan.current() + ": nothing to revert\n";
    }

    /** The header, the checks with their counts, and the statements. */
    public static String plan(DownPlan plan) {
        StringBuilder b = new StringBuilder();
        int n = plan.undone().size();
        b.append("Migrating down from version ").append(plan.current())
                .append(plan.target().isEmpty() ? " to no version" : " to " + plan.target())
                .append(" (").append(n).append(n == 1 ? " migration" : " migrations").append(" in total):\n\n");
        if (!plan.checks().isEmpty()) {
            b.append("  -- checks before reverting\n");
            for (int i = 0; i < plan.checks().size(); i++) {
                DataLossCheck c = plan.checks().get(i);
                DataLoss l = plan.losses().get(i);
                b.append("    -> ").append(c.sql()).append(";\n")
                        .append("       ").append(l.describe()).append('\n');
            }
            b.append(plan.dataAtStake().isEmpty() ? "  -- ok: no data is lost\n\n" : "  -- data would be lost\n\n");
        }
        for (String f : plan.dataOnly()) {
            b.append("  -- ").append(f).append(" changed data only: not reversible by schema\n\n");
        }
        List<String> versions = new ArrayList<>(plan.undone().stream().map(Revision::version).toList());
        Collections.reverse(versions);
        b.append("  -- reverting ").append(n == 1 ? "version " : "versions ").append(String.join(", ", versions))
                .append('\n');
        if (plan.statements().isEmpty()) {
            b.append("    (no schema change)\n");
        }
        for (DdlStatement s : plan.statements().statements()) {
            b.append("    -> ").append(s.sql().replace("\n", "\n       ")).append(";\n");
        }
        return b.toString();
    }

    /** The end of a run: the outcome and the summary. */
    public static String done(DownPlan plan, int statements, Duration took) {
        int n = plan.undone().size();
        int checks = plan.checks().size();
        return "  -- ok (" + Durations.format(took) + ")\n\n"
                + "  -------------------------\n"
                + "  -- " + Durations.format(took) + "\n"
                + "  -- " + n + (n == 1 ? " migration" : " migrations") + "\n"
                + (checks == 0 ? "" : "  -- " + checks + (checks == 1 ? " check" : " checks") + "\n")
                + "  -- " + statements + (statements == 1 ? " sql statement" : " sql statements") + "\n";
    }

    /** The notice for a down that stopped on the newest revision before this run. */
    public static String unfinished(DownPlan plan) {
        if (plan.undone().isEmpty()) {
            return null;
        }
        Revision last = plan.undone().get(plan.undone().size() - 1);
        return last.isUnfinishedDown() ? "a previous migrate down did not finish (" + last.error() + "; statement: "
                + last.errorStatement() + "); this plan starts from the database as it is now" : null;
    }
}
