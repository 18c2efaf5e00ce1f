package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that may lose data, each with one line naming the object and why: dropping a schema,
 * a table or a column, and a type change the dialect says may narrow. Atlas's destructive-change
 * analyzer (DS101 to DS103) with narrowing added; {@code schema apply} refuses them without
 * {@code --allow-destructive}, and lint and down planning reuse the finding.
 */
public final class Destructive {

    private Destructive() {
    }

    /**
     * A change that may lose data.
     *
     * @param change the top-level change it is, or is inside of
     * @param reason one line naming the object and why
     */
    public record Finding(Change change, String reason) {
    }

    public static List<Finding> of(List<Change> changes, DiffDialect dialect) {
        List<Finding> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.DropSchema d) {
                out.add(new Finding(c, "drops schema \"" + d.dropped().name() + "\" with its "
                        + d.dropped().tables().size() + " table(s) and their rows"));
            } else if (c instanceof Change.DropTable d) {
                out.add(new Finding(c, "drops table \"" + d.schema() + "." + d.table().name() + "\" and its rows"));
            } else if (c instanceof Change.ModifyTable m) {
                String table = m.schema() + "." + m.to().name();
                for (TableChange t : m.changes()) {
                    if (t instanceof TableChange.DropColumn d) {
                        out.add(new Finding(c, "drops column \"" + d.column().name() + "\" of table \"" + table
                                + "\" and its values"));
                    } else if (t instanceof TableChange.ModifyColumn mc
                            && mc.what().contains(TableChange.ColumnChange.TYPE) && dialect.narrows(mc.from(), mc.to())) {
                        out.add(new Finding(c, "changes column \"" + mc.to().name() + "\" of table \"" + table
                                + "\" from " + mc.from().type().raw() + " to " + mc.to().type().raw()
                                + ", which may not hold every value"));
                    }
                }
            }
        }
        return out;
    }
}
