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
        try (InputStream in = Version.class.getResourceAsStream("strata.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            return "development";
        }
    }
}
