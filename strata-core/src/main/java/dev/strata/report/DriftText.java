package dev.strata.report;

import dev.strata.declare.Drift;
import dev.strata.dialect.DdlStatement;
import dev.strata.schema.Change;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code strata schema drift} as text and JSON: each object that differs from what the migration
 * directory gives, named, then the statements that bring the database back.
 */
public final class DriftText {

    private DriftText() {
    }

    public static String text(Drift.Result r) {
        String at = r.version().isEmpty() ? "no version applied" : "version " + r.version();
        if (!r.drifted()) {
            return "No drift: " + r.url() + " matches the migration directory at " + at + "\n";
        }
        StringBuilder b = new StringBuilder("Drift detected: " + r.url() + " differs from the migration directory at "
                + at + ":\n\n");
        for (String line : differences(r)) {
            b.append("  - ").append(line).append('\n');
        }
        if (!r.incomplete().isEmpty()) {
            b.append("\nPartly applied (failed or in doubt), so part of the above: ")
                    .append(String.join(", ", r.incomplete())).append('\n');
        }
        b.append("\nStatements that bring the database back to ").append(at).append(":\n\n")
                .append(PlanText.statements(r.repair()));
        return b.toString();
    }

    /** {@code {"URL":..,"Version":..,"Drift":true,"Differences":[..],"Incomplete":[..],"Statements":[..]}}. */
    public static String json(Drift.Result r) {
        return new Json().open().field("URL", r.url()).field("Version", r.version()).field("Drift", r.drifted())
                .strings("Differences", differences(r)).strings("Incomplete", r.incomplete())
                .strings("Statements", r.repair().statements().stream().map(DdlStatement::sql).toList()).close()
                .toString() + "\n";
    }

    /** One line per object that differs, in the database's words: what the directory wants done to it. */
    static List<String> differences(Drift.Result r) {
        List<String> out = new ArrayList<>();
        for (Change c : r.diff().changes()) {
            if (c instanceof Change.ModifyTable m) {
                for (TableChange tc : m.changes()) {
                    out.add("table \"" + m.to().name() + "\": " + describe(tc));
                }
            } else if (c instanceof Change.AddTable a) {
                out.add("table \"" + a.table().name() + "\" is missing");
            } else if (c instanceof Change.DropTable d) {
                out.add("table \"" + d.table().name() + "\" is not in the directory");
            } else {
                out.add(c.describe());
            }
        }
        return out;
    }

    private static String describe(TableChange c) {
        if (c instanceof TableChange.AddColumn a) {
            return "column \"" + a.column().name() + "\" is missing";
        }
        if (c instanceof TableChange.DropColumn d) {
            return "column \"" + d.column().name() + "\" is not in the directory";
        }
        if (c instanceof TableChange.ModifyColumn m) {
            return "column \"" + m.to().name() + "\" differs (" + String.join(", ", m.what().stream()
                    .map(w -> w.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted().toList()) + ")";
        }
        if (c instanceof TableChange.AddIndex a) {
            return "index \"" + a.index().name() + "\" is missing";
        }
        if (c instanceof TableChange.DropIndex d) {
            return "index \"" + d.index().name() + "\" is not in the directory";
        }
        if (c instanceof TableChange.AddForeignKey a) {
            return "foreign key \"" + a.key().name() + "\" is missing";
        }
        if (c instanceof TableChange.DropForeignKey d) {
            return "foreign key \"" + d.key().name() + "\" is not in the directory";
        }
        if (c instanceof TableChange.AddCheck a) {
            return "check \"" + a.check().name() + "\" is missing";
        }
        if (c instanceof TableChange.DropCheck d) {
            return "check \"" + d.check().name() + "\" is not in the directory";
        }
        // The rest (keys, options, comments, policies, partitions): the kind of change is the message.
        String kind = c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return kind.replaceFirst("^modify ", "") + " differs";
    }
}
