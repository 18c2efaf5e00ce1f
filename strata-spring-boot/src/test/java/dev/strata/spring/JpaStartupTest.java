package dev.strata.spring;

import dev.strata.spring.app.Pet;
import dev.strata.spring.app.PetApplication;
import dev.strata.testing.TestDb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A whole Spring Boot application with JPA on PostgreSQL: Hibernate validates its mapping against
 * the tables at start-up ({@code ddl-auto=validate}), so it starts only if the migrations ran first.
 */
@ExtendWith(OutputCaptureExtension.class)
class JpaStartupTest {

    static SpringApplicationBuilder app(TestDb db, String... properties) {
        return new SpringApplicationBuilder(PetApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                        "spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
                        "spring.jpa.open-in-view=false")
                .properties(properties);
    }

    @Test
    void migrationsRunBeforeHibernateStarts() throws Exception {
        try (TestDb db = TestDb.postgres(); ConfigurableApplicationContext context = app(db).run()) {
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains("strataMigrationInitializer");
            EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
            try {
                assertThat(em.find(Pet.class, 1L).getName()).isEqualTo("Rex");
            } finally {
                em.close();
            }
        }
    }

    @Test
    void withoutMigrationsHibernateRefusesTheSchema() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertThatThrownBy(() -> app(db, "strata.enabled=false").run().close())
                    .hasStackTraceContaining("Schema validation: missing table [pets]");
        }
    }

    @Test
    void aFailedMigrationIsExplainedWhenTheApplicationFailsToStart(CapturedOutput output) throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertThatThrownBy(() -> app(db, "strata.locations=classpath:db/broken").run().close())
                    .hasStackTraceContaining("relation \"no_such_table\" does not exist");
        }
        assertThat(output.toString()).contains("APPLICATION FAILED TO START")
                .contains("Strata could not migrate the database: executing statement \"INSERT INTO no_such_table (id)"
                        + " VALUES (1);\" from version \"2\" (classpath:db/broken/2_broken.sql:1): ")
                .contains("Fix the migration or the database, then start the application again.");
    }
}
