package dev.strata.report;

import dev.strata.migrate.exec.StatusResult;

/** Atlas's {@code migrate status} report. */
public final class StatusReport {

    private StatusReport() {
    }

    /** The report, as Atlas's template prints it with {@link Style#PLAIN}; it ends with a line break. */
    public static String text(StatusResult s, Style t) {
        String dash = t.yellow("--");
        boolean partial = s.lastPartial();
        StringBuilder b = new StringBuilder("Migration Status: ")
                .append(s.status().equals("OK") ? t.green(s.status()) : t.yellow(s.status())).append('\n');
        b.append("  ").append(dash).append(" Current Version: ").append(t.cyan(current(s)));
        if (partial) {
            b.append(" (").append(t.yellow(Integer.toString(s.count()))).append(" statements applied)");
        }
        b.append("\n  ").append(dash).append(" Next Version:    ");
        String next = next(s);
        b.append(next.isEmpty() ? "UNKNOWN" : t.cyan(next) + (fromCheckpoint(s) ? " (checkpoint)" : ""));
        if (partial) {
            b.append(" (").append(t.yellow(Integer.toString(s.total() - s.count()))).append(" statements left)");
        }
        b.append("\n  ").append(dash).append(" Executed Files:  ").append(s.applied().size());
        if (partial) {
            b.append(" (last one partially)");
        }
        b.append("\n  ").append(dash).append(" Pending Files:   ").append(s.pending().size() + s.outOfOrder().size());
        if (!s.outOfOrder().isEmpty()) {
            b.append(" (").append(s.pending().isEmpty() ? "" : s.outOfOrder().size() + " ").append("out of order)");
        }
        if (partial) {
            b.append("\n\nLast migration attempt had errors:\n  ").append(dash).append(" SQL:   ").append(s.sql())
                    .append("\n  ").append(dash).append(' ').append(t.red("ERROR:")).append(' ').append(s.error());
        } else if (!s.error().isEmpty()) { // Files out of order, or a migrate down that did not finish.
            b.append("\n\n  ").append(t.red("ERROR:")).append(' ').append(s.error());
        }
        return b.append('\n').toString();
    }

    /** The current version as Atlas words it: the version, or {@code No migration applied yet}. */
    public static String current(StatusResult s) {
        return s.current().orElse("No migration applied yet");
    }

    /**
     * The next version as Atlas words it: the version, {@code Already at latest version}, or empty
     * when files out of order leave it unknown.
     */
    public static String next(StatusResult s) {
        return s.next().orElse(s.outOfOrder().isEmpty() ? "Already at latest version" : "");
    }

    private static boolean fromCheckpoint(StatusResult s) {
        return s.applied().isEmpty() && !s.pending().isEmpty()
                && s.next().map(s.pending().get(0).version()::equals).orElse(false)
                && s.pending().get(0).isCheckpoint();
    }
}
