package dev.strata.spring;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.ChecksumException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up stopped by Strata: its one-line message, and what to do about it. */
class StrataFailureAnalyzer extends AbstractFailureAnalyzer<StrataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StrataException cause) {
        String action;
        if (cause instanceof ChecksumException) {
            action = "Check the migration files, re-hash their source folder ('strata migrate hash' or"
                    + " 'mvn strata:hash') and rebuild the application.";
        } else if (cause instanceof UsageException) {
            action = "Check the strata.* properties (strata.locations, strata.baseline, ...) and the database.";
        } else {
            action = "Fix the migration or the database, then start the application again. Set"
                    + " strata.enabled=false to start without migrating.";
        }
        return new FailureAnalysis("Strata could not migrate the database: " + cause.getMessage(), action, cause);
    }
}
