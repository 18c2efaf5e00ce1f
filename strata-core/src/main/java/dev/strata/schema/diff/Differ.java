package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.Extension;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.Trigger;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a current realm with a desired one: Atlas's {@code sqlx.Diff}, walking realm, schemas
 * and tables once, matching objects by name (renames only when asked, see {@link DiffOptions}).
 * What counts as the same type or default, and which index names the database made up, the
 * {@link DiffDialect} says.
 *
 * <p>The changes come in an order the database accepts, so a planner maps them one by one:
 * <ol>
 *   <li>asked-for renames of tables, then of columns (every other change names objects as they are after them);</li>
 *   <li>triggers and views that go (they use tables), views after the views that use them, and the
 *       views that read a view that goes or is re-created ({@link ViewReaders}: created again later);</li>
 *   <li>new extensions and schemas, changed ones and changed sequences (whose owner, if any, exists
 *       already); new and changed types, new sequences, new routines that table expressions call
 *       (as {@link Creation});</li>
 *   <li>changed tables, each after the changed tables its new foreign keys reference; a new foreign
 *       key whose target is created later, or changes later, waits in a {@link Change.ModifyTable}
 *       after the new tables;</li>
 *   <li>tables that go, each before the tables it references (a cycle among them is opened by a
 *       {@link Change.ModifyTable} dropping the closing foreign key first). Atlas drops tables last;
 *       here they go before the new tables, which may reuse their index names (per schema on
 *       PostgreSQL), and nothing new can refer to them;</li>
 *   <li>new tables, as {@link Creation} orders them, then the waiting foreign keys;</li>
 *   <li>sequences that change to a new owner, new and changed routines and views by what their texts mention, triggers;</li>
 *   <li>routines, sequences, types, schemas and extensions that go. A schema that goes is emptied
 *       first by the drops of its objects, in those places (Atlas drops it alone, with CASCADE on
 *       PostgreSQL): a foreign key between it and a schema that stays then never dangles.</li>
 * </ol>
 * Within a table the order is {@link TableDiff}'s. Atlas ignores column order, and so does this
 * differ: a column present on both sides stays where it is, a new one is added at the end.
 */
public final class Differ {

    private Differ() {
    }

    public static DiffResult diff(Realm from, Realm to, DiffDialect dialect, DiffOptions options) {
        Objects.requireNonNull(dialect, "dialect");
        Realm desired = to;
        if (options.bound()) {
            if (from.schemas().size() != 1 || to.schemas().size() != 1) {
                throw new IllegalArgumentException("comparing bound schemas needs one schema on each side, not "
                        + from.schemas().size() + " and " + to.schemas().size());
            }
            desired = to.withSchemas(List.of(Renaming.rebind(to.schemas().get(0), from.schemas().get(0).name())));
        }
        Renames renames = Renames.apply(from, options.renames(), dialect);
        return new Differ.Walk(renames.realm(), desired, dialect).run(renames.changes());
    }

    /** One comparison: collects changes by kind, then puts them in order. */
    private static final class Walk {
        private final Realm from;
        private final Realm to;
        private final DiffDialect dialect;
        private final Additions additions = new Additions();
        private final List<Change> dropTriggers = new ArrayList<>();
        private final List<Change> dropViews = new ArrayList<>();
        private final List<Change> modifyHead = new ArrayList<>();
        private final List<Change> modifyTypes = new ArrayList<>();
        private final List<Change.ModifyTable> modifyTables = new ArrayList<>();
        private final List<Change> modifySequences = new ArrayList<>();
        private final List<Change> modifyTriggers = new ArrayList<>();
        private final List<Change.DropTable> dropTables = new ArrayList<>();
        private final List<Change> dropRoutines = new ArrayList<>();
        private final List<Change> dropSequences = new ArrayList<>();
        private final List<Change> dropTypes = new ArrayList<>();
        private final List<Change> dropSchemas = new ArrayList<>();
        private final List<Change> dropExtensions = new ArrayList<>();
        private final List<DiffResult.PossibleRename> possible = new ArrayList<>();

        Walk(Realm from, Realm to, DiffDialect dialect) {
            this.from = from;
            this.to = to;
            this.dialect = dialect;
        }

        DiffResult run(List<Change> renames) {
            extensions();
            for (Schema s : from.schemas()) {
                Optional<Schema> t = to.schema(s.name());
                if (t.isEmpty()) {
                    dropContents(s);
                } else {
                    schema(s, t.get());
                }
            }
            for (Schema s : to.schemas()) {
                if (from.schema(s.name()).isEmpty()) {
                    additions.schema(s);
                    Creation.contents(s, additions);
                }
            }
            return new DiffResult(order(renames), possible);
        }

        /**
         * A schema that goes: its objects go by their own changes, in the order drops take, so a
         * reference into or out of it goes before what it points at; the schema goes last, empty.
         */
        private void dropContents(Schema s) {
            String n = s.name();
            s.triggers().forEach(g -> dropTriggers.add(new Change.DropTrigger(n, g)));
            s.views().forEach(v -> dropViews.add(new Change.DropView(n, v)));
            s.tables().forEach(t -> dropTables.add(new Change.DropTable(n, t)));
            s.routines().forEach(r -> dropRoutines.add(new Change.DropRoutine(n, r)));
            s.sequences().stream().filter(q -> q.ownedBy() == null)
                    .forEach(q -> dropSequences.add(new Change.DropSequence(n, q)));
            s.types().forEach(t -> dropTypes.add(new Change.DropType(n, t)));
            dropSchemas.add(new Change.DropSchema(Schema.named(n).withComment(s.comment()).withCharset(s.charset())
                    .withCollation(s.collation()).withAttrs(s.attrs())));
        }

        private void extensions() {
            for (Extension e : from.extensions()) {
                Optional<Extension> t = to.extensions().stream().filter(x -> x.name().equals(e.name())).findFirst();
                if (t.isEmpty()) {
                    dropExtensions.add(new Change.DropExtension(e));
                } else if (!t.get().equals(e)) {
                    modifyHead.add(new Change.ModifyExtension(e, t.get()));
                }
            }
            for (Extension e : to.extensions()) {
                if (from.extensions().stream().noneMatch(x -> x.name().equals(e.name()))) {
                    additions.extension(e);
                }
            }
        }

        private void schema(Schema from, Schema to) {
            String s = from.name();
            // a desired schema that names no charset or collation keeps the current one, as Atlas does
            // for an HCL schema block that leaves them out
            if (!Objects.equals(from.comment(), to.comment()) || unlike(from.charset(), to.charset())
                    || unlike(from.collation(), to.collation()) || !from.attrs().equals(to.attrs())) {
                modifyHead.add(new Change.ModifySchema(from, to));
            }
            for (UserType t : from.types()) {
                Optional<UserType> d = to.type(t.name()).filter(x -> x.kind().equals(t.kind()));
                if (d.isEmpty()) {
                    dropTypes.add(new Change.DropType(s, t));
                } else if (!d.get().equals(t)) {
                    modifyTypes.add(new Change.ModifyType(s, t, d.get()));
                }
            }
            for (UserType t : to.types()) {
                if (from.type(t.name()).filter(x -> x.kind().equals(t.kind())).isEmpty()) {
                    additions.type(s, t);
                }
            }
            for (Sequence q : from.sequences()) {
                Optional<Sequence> d = to.sequence(q.name());
                if (d.isEmpty()) {
                    // a sequence owned by a column that goes goes with it (PostgreSQL drops it itself)
                    boolean owned = q.ownedBy() != null && to.table(q.ownedBy().table())
                            .flatMap(t -> t.column(q.ownedBy().column())).isEmpty();
                    if (!owned) {
                        dropSequences.add(new Change.DropSequence(s, q));
                    }
                } else if (!d.get().equals(q)) {
                    // owned by a column there now, or by none: before the tables change, since a table
                    // that goes takes the sequences it owns with it; owned by a new column: after
                    ColumnRef owner = d.get().ownedBy();
                    boolean early = owner == null || from.table(owner.table()).flatMap(t -> t.column(owner.column()))
                            .isPresent();
                    if (early) {
                        modifyHead.add(new Change.ModifySequence(s, q, d.get()));
                    } else if (q.ownedBy() == null) {
                        modifySequences.add(new Change.ModifySequence(s, q, d.get()));
                    } else {
                        // released first, as its old owner may go and would take it along
                        Sequence free = new Sequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(),
                                q.cache(), q.cycle(), null, q.comment());
                        modifyHead.add(new Change.ModifySequence(s, q, free));
                        modifySequences.add(new Change.ModifySequence(s, free, d.get()));
                    }
                }
            }
            for (Sequence q : to.sequences()) {
                if (from.sequence(q.name()).isEmpty()) {
                    additions.sequence(s, q);
                }
            }
            tables(from, to);
            Set<String> readers = ViewReaders.of(from, to);
            for (View v : from.views()) {
                Optional<View> d = to.view(v.name());
                if (d.isEmpty()) {
                    dropViews.add(new Change.DropView(s, v));
                } else if (readers.contains(v.name())) {
                    dropViews.add(new Change.DropView(s, v));
                    additions.view(s, d.get());
                } else if (!d.get().equals(v)) {
                    additions.modified(new Change.ModifyView(s, v, d.get()));
                }
            }
            for (View v : to.views()) {
                if (from.view(v.name()).isEmpty()) {
                    additions.view(s, v);
                }
            }
            for (Routine r : from.routines()) {
                Optional<Routine> d = routine(to, r);
                if (d.isEmpty()) {
                    dropRoutines.add(new Change.DropRoutine(s, r));
                } else if (!d.get().equals(r)) {
                    additions.modified(new Change.ModifyRoutine(s, r, d.get()));
                }
            }
            for (Routine r : to.routines()) {
                if (routine(from, r).isEmpty()) {
                    additions.routine(s, r);
                }
            }
            for (Trigger g : from.triggers()) {
                Optional<Trigger> d = trigger(to, g);
                if (d.isEmpty()) {
                    dropTriggers.add(new Change.DropTrigger(s, g));
                } else if (!d.get().equals(g)) {
                    modifyTriggers.add(new Change.ModifyTrigger(s, g, d.get()));
                }
            }
            for (Trigger g : to.triggers()) {
                if (trigger(from, g).isEmpty()) {
                    additions.trigger(s, g);
                }
            }
        }

        private void tables(Schema from, Schema to) {
            String s = from.name();
            List<Table> dropped = new ArrayList<>();
            for (Table t : from.tables()) {
                Optional<Table> d = to.table(t.name());
                if (d.isEmpty()) {
                    dropTables.add(new Change.DropTable(s, t));
                    dropped.add(t);
                    continue;
                }
                List<TableChange> changes = TableDiff.of(t, d.get(), dialect);
                if (!changes.isEmpty()) {
                    modifyTables.add(new Change.ModifyTable(s, t, d.get(), changes));
                    columnRenames(s, t.name(), changes);
                }
            }
            for (Table t : to.tables()) {
                if (from.table(t.name()).isEmpty()) {
                    additions.table(s, t);
                    for (Table x : dropped) {
                        if (x.columns().equals(t.columns())) {
                            possible.add(new DiffResult.PossibleRename(s, null, x.name(), t.name()));
                        }
                    }
                }
            }
        }

        private void columnRenames(String schema, String table, List<TableChange> changes) {
            for (TableChange d : changes) {
                if (d instanceof TableChange.DropColumn drop) {
                    for (TableChange a : changes) {
                        if (a instanceof TableChange.AddColumn add
                                && dialect.sameType(drop.column(), add.column())) {
                            possible.add(new DiffResult.PossibleRename(schema, table, drop.column().name(),
                                    add.column().name()));
                        }
                    }
                }
            }
        }

        private static boolean unlike(String current, String desired) {
            return desired != null && !desired.equals(current);
        }

        private static Optional<Routine> routine(Schema s, Routine r) {
            return s.routines().stream().filter(x -> x.kind() == r.kind() && x.signature().equals(r.signature()))
                    .findFirst();
        }

        private static Optional<Trigger> trigger(Schema s, Trigger g) {
            return s.triggers().stream().filter(x -> x.table().equals(g.table()) && x.name().equals(g.name()))
                    .findFirst();
        }

        private List<Change> order(List<Change> renames) {
            Additions.Sections add = additions.sections();
            // renames first: every other change names objects as they are after them
            List<Change> out = new ArrayList<>(renames);
            out.addAll(sortedTriggers(dropTriggers));
            out.addAll(Drops.programs(from, dropViews));
            out.addAll(add.head());
            out.addAll(modifyHead);
            out.addAll(add.types());
            out.addAll(modifyTypes);
            out.addAll(add.sequences());
            out.addAll(add.earlyRoutines());
            List<Change> waiting = new ArrayList<>();
            java.util.Set<dev.strata.schema.TableRef> droppedTables = new java.util.HashSet<>();
            for (Change.DropTable d : dropTables) {
                droppedTables.add(new dev.strata.schema.TableRef(d.schema(), d.table().name()));
            }
            java.util.Map<dev.strata.schema.TableRef, Table> freed = new java.util.HashMap<>();
            out.addAll(ModifiedTables.order(modifyTables, from, waiting, droppedTables, freed));
            dropTables.replaceAll(d -> {
                Table t = freed.get(new dev.strata.schema.TableRef(d.schema(), d.table().name()));
                return t == null ? d : new Change.DropTable(d.schema(), t);
            });
            // before the new tables: PostgreSQL's index names are per schema, and a new table may
            // take the names of the one it replaces
            out.addAll(Drops.tables(dropTables));
            out.addAll(add.tables());
            out.addAll(waiting);
            out.addAll(add.owners());
            out.addAll(modifySequences);
            out.addAll(add.programs());
            out.addAll(add.triggers());
            out.addAll(modifyTriggers);
            out.addAll(Drops.programs(from, dropRoutines));
            out.addAll(dropSequences);
            out.addAll(Drops.types(dropTypes));
            out.addAll(dropSchemas);
            out.addAll(dropExtensions);
            return out;
        }

        private static List<Change> sortedTriggers(List<Change> triggers) {
            List<Change> t = new ArrayList<>(triggers);
            t.sort(Comparator.comparing(Change::schema).thenComparing(c -> ((Change.DropTrigger) c).trigger().table())
                    .thenComparing(c -> ((Change.DropTrigger) c).trigger().name()));
            return t;
        }
    }
}
