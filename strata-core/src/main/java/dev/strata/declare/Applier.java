package dev.strata.declare;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.Session;

import java.sql.SQLException;

/**
 * Runs a plan on the database it was planned for: in one transaction when the plan allows it (all
 * or nothing), else statement by statement. A failure names the change, as Atlas does:
 * {@code create "users" table: <database error>}.
 */
final class Applier {

    private Applier() {
    }

    /** @return how many statements ran */
    static int apply(Session s, DdlPlan plan) {
        int applied = 0;
        DdlStatement current = null;
        try {
            if (plan.transactional()) {
                s.begin();
            } else {
                s.autocommit();
            }
            for (DdlStatement st : plan.statements()) {
                current = st;
                s.execute(st.sql());
                applied++;
            }
            if (plan.transactional()) {
                s.commit();
            }
            return applied;
        } catch (SQLException e) {
            s.rollbackQuietly();
            String what = current == null || current.comment() == null || current.comment().isEmpty()
                    ? "applying the plan" : current.comment();
            throw new StrataException(what + ": " + s.errorText(e)
                    + (plan.transactional() ? " (rolled back: nothing was changed)"
                    : " (" + applied + " of " + plan.statements().size() + " statements had run)"), e);
        }
    }
}
