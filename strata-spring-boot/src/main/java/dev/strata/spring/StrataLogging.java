package dev.strata.spring;

import dev.strata.migrate.exec.ApplyEvent;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.text.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** A run on the application's log: the plan and each file at info, each statement at debug. */
final class StrataLogging implements MigrationListener {

    private static final Log LOG = LogFactory.getLog(StrataMigrationInitializer.class);

    @Override
    public void on(ApplyEvent event) {
        if (event instanceof ApplyEvent.Planned p) {
            LOG.info("Strata: migrating to version " + p.target() + (p.current().isEmpty() ? "" : " from " + p.current())
                    + " (" + p.pending().size() + " migrations in total)");
        } else if (event instanceof ApplyEvent.StatementStarted s) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("Strata:   -> " + s.statement().text());
            }
        } else if (event instanceof ApplyEvent.FileApplied a) {
            LOG.info("Strata: applied " + a.file().name() + " (" + Durations.format(a.took()) + ")");
        } else if (event instanceof ApplyEvent.FileFailed f) {
            LOG.error("Strata: " + f.file().name() + " failed: " + f.error());
        } else if (event instanceof ApplyEvent.Failed f) {
            LOG.error("Strata: " + f.error());
        } else if (event instanceof ApplyEvent.Notice n) {
            LOG.warn("Strata: " + n.message());
        }
    }
}
