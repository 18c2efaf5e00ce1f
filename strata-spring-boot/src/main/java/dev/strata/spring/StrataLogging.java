package dev.strata.spring;

import dev.strata.report.LoggingListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A run on the application's log (Spring's commons-logging, so Logback or Log4j through SLF4J as
 * the application has it): Strata's {@link LoggingListener} lines, under this integration's logger.
 */
final class StrataLogging {

    private static final Log LOG = LogFactory.getLog(StrataMigrationInitializer.class);

    private StrataLogging() {
    }

    static LoggingListener listener() {
        return new LoggingListener((level, line) -> {
            switch (level) {
                case DEBUG -> {
                    if (LOG.isDebugEnabled()) {
                        LOG.debug(line.get());
                    }
                }
                case INFO -> LOG.info(line.get());
                case WARNING -> LOG.warn(line.get());
                case ERROR -> LOG.error(line.get());
            }
        });
    }
}
