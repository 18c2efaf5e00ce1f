package dev.strata.report;

import dev.strata.migrate.exec.SetResult;

import java.util.ArrayList;
import java.util.List;

/** Atlas's {@code migrate set} report: the new current version and the rows set or removed. */
public final class SetReport {

    private SetReport() {
    }

    /** The report, as Atlas's template prints it with {@link Style#PLAIN}; empty when nothing changed. */
    public static String text(SetResult r, Style t) {
        if (r.changes().isEmpty()) {
            return "";
        }
        long removed = r.changes().stream().filter(SetResult.Row::removed).count();
        long set = r.changes().size() - removed;
        StringBuilder b = new StringBuilder();
        if (r.current().isEmpty()) {
            b.append("All revisions deleted (").append(r.changes().size()).append(" in total):\n");
        } else {
            List<String> parts = new ArrayList<>();
            if (set > 0) {
                parts.add(set + " set");
            }
            if (removed > 0) {
                parts.add(removed + " removed");
            }
            b.append("Current version is ").append(t.cyan(r.current())).append(" (").append(String.join(", ", parts))
                    .append("):\n");
        }
        b.append('\n');
        for (SetResult.Row c : r.changes()) {
            b.append("  ").append(c.removed() ? t.red("-") : t.green("+")).append(' ').append(c.version());
            if (!c.description().isEmpty()) {
                b.append(" (").append(c.description()).append(')');
            }
            b.append('\n');
        }
        return b.append('\n').toString();
    }
}
