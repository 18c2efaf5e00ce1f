package dev.strata.spring;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.url.DatabaseUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

import java.util.List;
import javax.sql.DataSource;

/**
 * Applies pending migrations with the application's {@link DataSource} when the application starts,
 * before JPA/Hibernate and the other users of the database, configured with the {@code strata.*}
 * properties ({@link StrataProperties}). Ordered as Spring Boot orders Flyway: after the DataSource,
 * and, through {@link DatabaseInitializationDependencyConfigurer} and
 * {@link StrataDatabaseInitializerDetector}, before every bean that depends on database
 * initialization. With {@code strata.url} it migrates that database instead of the DataSource, as
 * {@code spring.flyway.url} does. Backs off when {@code strata.enabled=false}, or when there is
 * neither a (single) DataSource nor {@code strata.url}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Conditional(StrataAutoConfiguration.DataSourceOrUrl.class)
@ConditionalOnBooleanProperty(name = "strata.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class StrataAutoConfiguration {

    /**
     * The configured {@link Strata}, which the application may also use (for {@code status()}).
     *
     * @throws UsageException when the properties name no directory, or more than one
     */
    @Bean
    @ConditionalOnMissingBean
    public Strata strata(ObjectProvider<DataSource> dataSource, StrataProperties properties,
                         ResourceLoader resourceLoader) {
        List<String> locations = properties.getLocations();
        if (locations == null || locations.size() != 1) {
            throw new UsageException("strata.locations must name one migration directory (one atlas.sum covers it),"
                    + " not " + (locations == null ? 0 : locations.size()) + ": " + locations);
        }
        ClassLoader loader = resourceLoader.getClassLoader();
        Strata.Builder builder = Strata.builder();
        String url = properties.getUrl();
        if (url != null && !url.isBlank()) {
            builder.url(DatabaseUrl.parse(url.strip()).withCredentials(properties.getUser(), properties.getPassword()));
        } else {
            builder.dataSource(dataSource.getObject());
        }
        return builder
                .location(locations.get(0), loader != null ? loader : Strata.class.getClassLoader())
                .revisionsSchema(properties.getRevisionsSchema())
                .baseline(properties.getBaseline())
                .allowDirty(properties.isAllowDirty())
                .txMode(properties.getTxMode())
                .execOrder(properties.getExecOrder())
                .lockTimeout(properties.getLockTimeout())
                .dryRun(properties.isDryRun())
                .verifyApplied(properties.isVerifyApplied())
                .listener(StrataLogging.listener())
                .build();
    }

    /** A single DataSource to migrate, or strata.url. */
    static final class DataSourceOrUrl extends AnyNestedCondition {

        DataSourceOrUrl() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnSingleCandidate(DataSource.class)
        static final class SingleDataSource {
        }

        @ConditionalOnProperty("strata.url")
        static final class Url {
        }
    }

    /** Applies the migrations when the context creates it. */
    @Bean
    @ConditionalOnMissingBean
    public StrataMigrationInitializer strataMigrationInitializer(Strata strata) {
        return new StrataMigrationInitializer(strata);
    }
}
