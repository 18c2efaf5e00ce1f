package dev.strata.spring;

import dev.strata.Strata;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.report.ApplyReport;
import dev.strata.text.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

import java.time.Duration;
import java.util.Objects;

/**
 * Applies pending migrations when the application context creates it, before the beans that use
 * the database: the auto-configuration makes the JPA entity manager factory, JDBC templates and
 * the other database users depend on it, as Spring Boot does for Flyway. A failure stops the
 * start-up with Strata's message.
 */
public class StrataMigrationInitializer implements InitializingBean {

    private static final Log LOG = LogFactory.getLog(StrataMigrationInitializer.class);

    private final Strata strata;

    /** @param strata what to apply */
    public StrataMigrationInitializer(Strata strata) {
        this.strata = Objects.requireNonNull(strata);
    }

    /** Applies every pending file, and logs the outcome. */
    @Override
    public void afterPropertiesSet() {
        ApplyResult r = strata.apply();
        if (r.nothingPending()) {
            LOG.info("Strata: no migration files to execute in " + strata.dir().location());
            return;
        }
        ApplyReport.Counts c = ApplyReport.Counts.of(r);
        LOG.info("Strata: migrated to version " + r.target() + (r.current().isEmpty() ? "" : " from " + r.current())
                + " (" + c.passedFiles() + " migrations, " + c.passedStatements() + " sql statements, "
                + Durations.format(Duration.between(r.start(), r.end())) + ")");
    }

    /** The Strata this initializer applies. */
    public Strata strata() {
        return strata;
    }
}
