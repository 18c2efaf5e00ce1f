package dev.strata.migrate.exec;

import dev.strata.UsageException;

import java.util.Locale;

/** How migration files are wrapped in transactions ({@code --tx-mode}). */
public enum TxMode {
    /** Each file in its own transaction, with its revision row (the default). */
    FILE,
    /** One transaction for the whole run. */
    ALL,
    /** No transaction: every statement commits on its own. */
    NONE;

    /** The flag's spelling. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code file}, {@code all} or {@code none}. */
    public static TxMode parse(String s) {
        for (TxMode m : values()) {
            if (m.flag().equals(s)) {
                return m;
            }
        }
        throw new UsageException("unknown tx-mode \"" + s + "\" (expected file, all or none)");
    }
}
