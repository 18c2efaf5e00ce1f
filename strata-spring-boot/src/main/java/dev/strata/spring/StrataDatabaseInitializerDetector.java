package dev.strata.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link StrataMigrationInitializer} beans initialize the database, so the
 * beans that depend on database initialization (the JPA entity manager factory, JDBC templates, ...)
 * are created after them.
 */
class StrataDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(StrataMigrationInitializer.class);
    }
}
