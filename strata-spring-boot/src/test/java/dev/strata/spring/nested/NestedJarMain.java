package dev.strata.spring.nested;

import dev.strata.Strata;
import dev.strata.migrate.ClasspathDir;
import dev.strata.migrate.exec.ApplyResult;

/**
 * The main class of the Spring Boot executable jar the nested-jar test builds: applies a classpath
 * location with the class loader Spring Boot's launcher set up, and prints where it found it.
 */
public final class NestedJarMain {

    private NestedJarMain() {
    }

    public static void main(String[] args) {
        Strata strata = Strata.builder().url(args[0]).location(args[1]).build();
        System.out.println("found " + strata.dir().location() + " at " + ((ClasspathDir) strata.dir()).url());
        strata.validate();
        ApplyResult r = strata.apply();
        r.files().forEach(f -> System.out.println("applied " + f.file().name()));
        try {
            strata.hash();
        } catch (RuntimeException e) {
            System.out.println("hash: " + e.getMessage());
        }
    }
}
