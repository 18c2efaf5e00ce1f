package dev.strata.declare;

import dev.strata.schema.Change;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that may lose data, one line each naming the object: what {@code schema apply} refuses
 * without {@code --allow-destructive}. Conservative: every drop of a schema, table or column.
 */
final class Destructives {

    private Destructives() {
    }

    static List<String> of(List<Change> changes) {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.DropSchema d) {
                out.add("drop schema \"" + d.dropped().name() + "\" and everything in it");
            } else if (c instanceof Change.DropTable d) {
                out.add("drop table \"" + d.table().name() + "\"" + in(d.schema()));
            } else if (c instanceof Change.ModifyTable m) {
                for (TableChange tc : m.changes()) {
                    if (tc instanceof TableChange.DropColumn dc) {
                        out.add("drop column \"" + dc.column().name() + "\" of table \"" + m.to().name() + "\""
                                + in(m.schema()));
                    }
                }
            }
        }
        return out;
    }

    private static String in(String schema) {
        return schema == null || schema.isEmpty() ? "" : " in schema \"" + schema + "\"";
    }
}
