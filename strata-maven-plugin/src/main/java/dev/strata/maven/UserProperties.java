package dev.strata.maven;

import dev.strata.UsageException;

import java.util.Properties;

/**
 * The {@code -Dstrata.*} properties of the Maven command line. They win over the POM's
 * configuration, as in Flyway's plugin: Maven itself reads a parameter's property only when the POM
 * does not configure it, so {@code mvn strata:apply -Dstrata.url=$STAGING_URL} would otherwise migrate
 * the POM's database.
 */
final class UserProperties {

    private final Properties properties;

    UserProperties(Properties properties) {
        this.properties = properties == null ? new Properties() : properties;
    }

    boolean has(String name) {
        return properties.getProperty(name) != null;
    }

    String string(String name, String configured) {
        String value = properties.getProperty(name);
        return value == null ? configured : value;
    }

    boolean flag(String name, boolean configured) {
        String value = properties.getProperty(name);
        if (value == null) {
            return configured;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "true" -> true;
            case "false" -> false;
            default -> throw new UsageException("-D" + name + "=" + value + ": expected true or false");
        };
    }

    int number(String name, int configured) {
        String value = properties.getProperty(name);
        if (value == null) {
            return configured;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("-D" + name + "=" + value + ": expected a whole number");
        }
    }
}
