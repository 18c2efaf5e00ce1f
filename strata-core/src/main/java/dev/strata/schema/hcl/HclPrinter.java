package dev.strata.schema.hcl;

import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.Policy;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeNames;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Prints a realm in Atlas's document order: all tables, then (Strata only) views, materialized
 * views, then enums, domains, composite types, sequences, functions, procedures, triggers,
 * policies and extensions, and the schemas last. Within a kind, schemas come in name order and
 * objects in the model's order.
 */
final class HclPrinter {

    private final Realm realm;
    private final Labels labels;
    private final TablePrinter tables;
    private final ObjectPrinter objects;
    private final HclWriter.Body doc;

    /** Prints to {@code out} block by block (see {@link HclWriter#streamed}). */
    HclPrinter(Realm realm, TypeNames types, Consumer<String> out) {
        this.realm = realm;
        this.doc = HclWriter.streamed(out);
        this.labels = new Labels(realm);
        this.tables = new TablePrinter(types, labels);
        this.objects = new ObjectPrinter(tables, labels);
    }

    void print() {
        each((s, body) -> s.tables().forEach(t -> tables.table(body, s.name(), t)));
        each((s, body) -> s.views().stream().filter(v -> !v.materialized()).forEach(v -> objects.view(body, s.name(), v)));
        each((s, body) -> s.views().stream().filter(View::materialized).forEach(v -> objects.view(body, s.name(), v)));
        each((s, body) -> typesOf(s, EnumType.class).forEach(e -> objects.enumType(body, s.name(), e)));
        each((s, body) -> typesOf(s, DomainType.class).forEach(d -> objects.domain(body, s.name(), d)));
        each((s, body) -> typesOf(s, CompositeType.class).forEach(c -> objects.composite(body, s.name(), c)));
        each((s, body) -> s.sequences().forEach((Sequence q) -> objects.sequence(body, s.name(), q)));
        each((s, body) -> s.routines().stream().filter(r -> r.kind() == Routine.Kind.FUNCTION)
                .forEach(r -> objects.routine(body, s.name(), r)));
        each((s, body) -> s.routines().stream().filter(r -> r.kind() == Routine.Kind.PROCEDURE)
                .forEach(r -> objects.routine(body, s.name(), r)));
        each((s, body) -> s.triggers().forEach((Trigger t) -> objects.trigger(body, s, t)));
        each((s, body) -> {
            for (Table t : s.tables()) {
                for (Policy p : t.policies()) {
                    objects.policy(body, s.name(), t.name(), p);
                }
            }
        });
        for (Extension e : realm.extensions()) {
            ObjectPrinter.extension(doc, e);
        }
        for (Schema s : realm.schemas()) {
            schema(s);
        }
        HclWriter.finish(doc);
    }

    private void each(BiConsumer<Schema, HclWriter.Body> print) {
        for (Schema s : realm.schemas()) {
            print.accept(s, doc);
        }
    }

    private static <T extends UserType> java.util.List<T> typesOf(Schema s, Class<T> kind) {
        return s.types().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private void schema(Schema s) {
        HclWriter.Body b = doc.block("schema", s.name());
        b.text("comment", s.comment());
        b.text("charset", s.charset());
        b.text("collate", s.collation());
        TablePrinter.attrs(b, s.attrs(), false);
    }
}
