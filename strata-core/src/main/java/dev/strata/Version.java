package dev.strata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Strata, as built. */
public final class Version {

    private Version() {
    }

    /** The version, such as {@code 0.1.0}, or {@code development} when unknown. */
    public static String current() {
        return property("version", "development");
    }

    /** The commit it was built from, such as {@code 1857506abcde} ({@code -dirty} with local changes), or {@code unknown}. */
    public static String commit() {
        return property("commit", "unknown");
    }

    /** When it was built, in UTC, such as {@code 2026-12-06T08:40:36Z}, or {@code unknown}. */
    public static String built() {
        return property("built", "unknown");
    }

    private static String property(String name, String unknown) {
        try (InputStream in = Version.class.getResourceAsStream("strata.properties")) {
            if (in == null) {
                return unknown;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(name, "");
            return v.isEmpty() || v.startsWith("${") ? unknown : v;
        } catch (IOException e) {
            return unknown;
        }
    }
}
