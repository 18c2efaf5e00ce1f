package dev.strata.schema.diff;

import dev.strata.schema.Schema;
import dev.strata.schema.View;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The views that read a view the diff drops or re-creates. PostgreSQL refuses to drop a view that
 * another view still reads (and MySQL leaves the reader broken), so such a reader, changed or not,
 * is dropped before and created again after, as the differ's drops and additions order them by
 * what their texts mention. Transitive: a reader that goes takes its own readers with it.
 */
final class ViewReaders {

    private ViewReaders() {
    }

    /** The names of the views of {@code from} that stay in {@code to} but must be dropped and created again. */
    static Set<String> of(Schema from, Schema to) {
        Set<String> going = new HashSet<>();
        for (View v : from.views()) {
            Optional<View> d = to.view(v.name());
            if (d.isEmpty() || recreated(v, d.get())) {
                going.add(v.name());
            }
        }
        Set<String> readers = new TreeSet<>();
        boolean grew = !going.isEmpty();
        while (grew) {
            grew = false;
            for (View v : from.views()) {
                if (readers.contains(v.name()) || to.view(v.name()).isEmpty()) {
                    continue;
                }
                Mentions text = Mentions.of(v.definition());
                if (going.stream().anyMatch(g -> !g.equals(v.name()) && text.mentions(g))) {
                    readers.add(v.name());
                    going.add(v.name());
                    grew = true;
                }
            }
        }
        return readers;
    }

    /** Whether a planner has to drop and create the view for the change: anything but its comment. */
    private static boolean recreated(View from, View to) {
        return from.materialized() != to.materialized() || !from.definition().equals(to.definition())
                || from.checkOption() != to.checkOption() || !from.indexes().equals(to.indexes());
    }
}
