package dev.strata.declare;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that create a realm on an empty database, in the model's order; the planner puts
 * them in dependency order. A bound state creates no schema: its objects go into the schema the
 * connection is bound to.
 */
final class Creations {

    private Creations() {
    }

    static List<Change> of(Realm realm, boolean bound) {
        List<Change> out = new ArrayList<>();
        if (!bound) {
            realm.extensions().forEach(e -> out.add(new Change.AddExtension(e)));
        }
        for (Schema s : realm.schemas()) {
            if (!bound) {
                out.add(new Change.AddSchema(Schema.named(s.name()).withComment(s.comment()).withCharset(s.charset())
                        .withCollation(s.collation()).withAttrs(s.attrs())));
            }
            String n = s.name();
            s.types().forEach(t -> out.add(new Change.AddType(n, t)));
            s.sequences().forEach(q -> out.add(new Change.AddSequence(n, q)));
            s.tables().forEach(t -> out.add(new Change.AddTable(n, t)));
            s.views().forEach(v -> out.add(new Change.AddView(n, v)));
            s.routines().forEach(r -> out.add(new Change.AddRoutine(n, r)));
            s.triggers().forEach(t -> out.add(new Change.AddTrigger(n, t)));
        }
        return out;
    }
}
