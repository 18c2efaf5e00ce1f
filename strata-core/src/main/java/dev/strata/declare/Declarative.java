package dev.strata.declare;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.devdb.DevDatabase;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlPlanner;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.diff.Creation;
import dev.strata.schema.diff.Destructive;
import dev.strata.schema.diff.DiffDialect;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.schema.diff.DiffResult;
import dev.strata.schema.hcl.SchemaHcl;
import dev.strata.url.DatabaseUrl;

import java.sql.SQLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads schema states and plans them, owning what that takes: the connections to the databases it
 * inspects and the dev database ({@code --dev-url}), emptied before and after each use and closed
 * with this object.
 *
 * <pre>{@code
 * try (Declarative d = Declarative.open(devUrl)) {
 *     State s = d.read(Source.parse("--url", urls, DatabaseUrl::parse), Scope.ALL);
 *     DdlPlan sql = d.creation(s, "");
 * }
 * }</pre>
 */
public final class Declarative implements AutoCloseable {

    private final DevDatabase dev;
    private final List<Session> sessions = new ArrayList<>();

    private Declarative(DevDatabase dev) {
        this.dev = dev;
    }

    /**
     * Opens the dev database, if given.
     *
     * @param devUrl the dev database, or null when the sources need none
     * @throws dev.strata.devdb.NotCleanException when the dev database holds objects that are not Strata's
     */
    public static Declarative open(DatabaseUrl devUrl) {
        return new Declarative(devUrl == null ? null : DevDatabase.open(devUrl));
    }

    /** The dev database's session, if there is one. */
    public Optional<Session> dev() {
        return dev == null ? Optional.empty() : Optional.of(dev.session());
    }

    /**
     * Reads a state.
     *
     * @param client the state of the database the result is compared with, whose dialect reads HCL
     *               when there is no dev database; null when there is none
     * @throws UsageException  when the source needs a dev database and there is none
     * @throws StrataException when a database cannot be read or a file fails
     */
    public State read(Source source, Scope scope, State client) {
        if (source instanceof Source.Database d) {
            return inspectDatabase(d, scope);
        }
        if (source instanceof Source.Hcl h) {
            return readHcl(h, scope, client);
        }
        Session session = requireDev();
        dev.reset();
        try {
            if (source instanceof Source.Sql s) {
                Replay.files(session, s.files());
            } else {
                Replay.directory(session, ((Source.MigrationDirectory) source).dir());
            }
            String bound = session.boundSchema().orElse(null);
            return new State(inspect(session, scope, bound, source.label()), bound, false, session);
        } finally {
            dev.reset();
        }
    }

    /**
     * The state a migration directory gives up to and including a version, replayed on the dev
     * database: what a database at that version should look like ({@code schema drift}).
     *
     * @param upTo the version, or empty for a database at no version
     */
    public State replay(Path dir, String upTo, Scope scope) {
        Session session = requireDev();
        dev.reset();
        try {
            Replay.directory(session, dir, upTo);
            String bound = session.boundSchema().orElse(null);
            return new State(inspect(session, scope, bound, dir.toString()), bound, false, session);
        } finally {
            dev.reset();
        }
    }

    /** Reads a state without a database to compare with. */
    public State read(Source source, Scope scope) {
        return read(source, scope, null);
    }

    /**
     * Reads the database of a session someone else opened (a {@code DataSource}'s); the session stays
     * theirs to close.
     */
    public State inspect(Session session, Scope scope) {
        String bound = session.boundSchema().orElse(null);
        return new State(inspect(session, scope, bound, session.dialect().name() + " database"), bound, false,
                session);
    }

    private State inspectDatabase(Source.Database d, Scope scope) {
        Dialect dialect = Dialects.forUrl(d.url());
        Session session = dialect.open(d.url());
        sessions.add(session);
        String bound = session.boundSchema().orElse(null);
        return new State(inspect(session, scope, bound, d.label()), bound, false, session);
    }

    private static Realm inspect(Session session, Scope scope, String bound, String label) {
        InspectScope is = bound != null ? InspectScope.schema(bound)
                : InspectScope.realm().withSchemas(scope.schemas());
        try {
            return session.dialect().inspector(session).inspect(is.withExclude(scope.exclude()));
        } catch (SQLException e) {
            throw new StrataException("inspecting " + label + ": " + session.errorText(e), e);
        } catch (UnsupportedOperationException e) {
            throw new StrataException(e.getMessage(), e);
        }
    }

    private State readHcl(Source.Hcl h, Scope scope, State client) {
        Session session = dev != null ? dev.session() : client != null ? client.session() : null;
        if (session == null) {
            throw new UsageException("--dev-url cannot be empty");
        }
        Realm realm = SchemaHcl.read(h.paths(), scope.vars(), session.dialect().name());
        if (!scope.schemas().isEmpty()) {
            for (Schema s : realm.schemas()) {
                if (!scope.schemas().contains(s.name())) {
                    throw new UsageException("schema \"" + s.name() + "\" from paths " + h.label()
                            + " is not requested (all schemas in HCL must be requested)");
                }
            }
        }
        String bound = session.boundSchema().orElse(null);
        if (bound != null && realm.schemas().size() > 1) {
            throw new UsageException("cannot use HCL with more than 1 schema when " + (dev != null ? "dev-url" : "url")
                    + " is limited to schema \"" + bound + "\"");
        }
        String scopeSchema = bound != null && realm.schemas().size() == 1 ? realm.schemas().get(0).name() : null;
        if (dev != null) {
            realm = Normalizer.normalize(dev, realm, bound);
        }
        InspectScope is = scopeSchema != null ? InspectScope.schema(scopeSchema) : InspectScope.realm();
        return new State(is.withExclude(scope.exclude()).withRevisions(true).apply(realm), scopeSchema, true, session);
    }

    /**
     * The statements that create a state on an empty database, as {@code schema inspect --format
     * '{{ sql . }}'} prints them: unqualified when the state is one bound schema.
     *
     * @param indent Atlas's {@code {{ sql . "  " }}} indent, or empty for one statement a line
     */
    public DdlPlan creation(State state, String indent) {
        return plan(state, creationChanges(state.realm(), state.boundSchema() != null),
                options(state.boundSchema() != null, indent));
    }

    /** The same statements handed on one by one as they are planned, none kept (see {@link DdlPlanner}). */
    public void creation(State state, String indent, Consumer<DdlStatement> out) {
        Session s = state.session();
        boolean bound = state.boundSchema() != null;
        try {
            s.dialect().ddlPlanner(s).plan(creationChanges(state.realm(), bound), options(bound, indent), out);
        } catch (UnsupportedOperationException e) {
            throw new StrataException(e.getMessage(), e);
        }
    }

    /** What creates a realm: a bound state's one schema is created inside the schema the connection is bound to. */
    static List<dev.strata.schema.Change> creationChanges(Realm realm, boolean bound) {
        if (bound && realm.schemas().size() == 1) {
            return Creation.of(realm.schemas().get(0));
        }
        return Creation.of(realm);
    }

    static PlanOptions options(boolean bound, String indent) {
        return PlanOptions.DEFAULT.withQualifier(bound ? "" : null).withIndent(indent);
    }

    private static DdlPlan plan(State state, List<dev.strata.schema.Change> changes, PlanOptions options) {
        return plan(state.session(), changes, options);
    }

    private static DdlPlan plan(Session s, List<dev.strata.schema.Change> changes, PlanOptions options) {
        try {
            return s.dialect().ddlPlanner(s).plan(changes, options);
        } catch (UnsupportedOperationException e) {
            throw new StrataException(e.getMessage(), e);
        }
    }

    /**
     * The changes from one state to another, compared as Atlas compares them: as realms when either is
     * HCL or neither is bound to a schema; as one schema when both are bound (whatever their names).
     *
     * @throws UsageException when one side is a bound schema and the other a whole database, or an HCL
     *                        schema is compared with a database bound to another schema
     */
    public SchemaDiff diff(State from, State to) {
        return diff(from, to, DiffOptions.defaults());
    }

    /** As {@link #diff(State, State)}, with explicit renames ({@link DiffOptions#renames()}). */
    public SchemaDiff diff(State from, State to, DiffOptions options) {
        Realm a = from.realm();
        Realm b = to.realm();
        boolean bothBound = false;
        if (to.hcl() && b.schemas().size() == 1 && from.boundSchema() != null
                && !b.schemas().get(0).name().equals(from.boundSchema())) {
            throw new UsageException("mismatched HCL and database schemas: \"" + from.boundSchema() + "\" <> \""
                    + b.schemas().get(0).name() + "\"");
        } else if (!from.hcl() && !to.hcl() && (from.boundSchema() != null || to.boundSchema() != null)) {
            if (from.boundSchema() == null) {
                throw new UsageException("cannot diff a schema \"" + to.boundSchema()
                        + "\" with a database connection. See: https://atlasgo.io/url");
            }
            if (to.boundSchema() == null) {
                throw new UsageException("cannot diff a database connection with a schema \"" + from.boundSchema()
                        + "\". See: https://atlasgo.io/url");
            }
            bothBound = a.schemas().size() == 1 && b.schemas().size() == 1;
        }
        Session planner = planner(to);
        DiffDialect dd = planner.dialect().diffDialect(planner);
        DiffResult result;
        try {
            result = Diffing.changes(a, b, dd, options.withBound(bothBound));
        } catch (UnsupportedOperationException e) {
            throw new StrataException(e.getMessage(), e);
        }
        List<String> destructive = Destructive.of(result.changes(), dd).stream().map(Destructive.Finding::reason)
                .toList();
        List<String> notes = result.possibleRenames().stream().map(DiffResult.PossibleRename::message).toList();
        return new SchemaDiff(a, b, result.changes(), bothBound || planner.boundSchema().isPresent(), destructive,
                notes);
    }

    /**
     * The statements of a diff, planned by the dev database when there is one, else by the database
     * of the desired state (Atlas's {@code schema diff}).
     *
     * @param indent Atlas's {@code {{ sql . "  " }}} indent, or empty for one statement a line
     */
    public DdlPlan plan(SchemaDiff diff, State to, String indent) {
        return plan(diff, to, options(diff.unqualified(), indent));
    }

    /** As {@link #plan(SchemaDiff, State, String)}, with the options given. */
    public DdlPlan plan(SchemaDiff diff, State to, PlanOptions options) {
        return plan(planner(to), diff.changes(), options);
    }

    /** The statements of a diff as the database of {@code target} runs them ({@code schema apply}). */
    public DdlPlan planOn(SchemaDiff diff, State target, String indent) {
        Session s = target.session();
        return plan(s, diff.changes(), options(diff.unqualified() || s.boundSchema().isPresent(), indent));
    }

    /**
     * The diff's changes that would lose data on the target's database as it is now: those of
     * {@link SchemaDiff#destructive()}, less the drops of tables and columns that hold no data.
     */
    public List<String> destructiveOn(SchemaDiff diff, State target) {
        Session s = target.session();
        return DataLoss.of(diff.changes(), s, s.dialect().diffDialect(s));
    }

    /**
     * The state with every schema emptied ({@code schema clean}): its tables, views, routines,
     * triggers, sequences and types gone, the schemas themselves (name, comment, charset, collation)
     * and the realm's extensions kept.
     */
    public State emptied(State state) {
        Realm r = state.realm();
        List<Schema> empty = r.schemas().stream().map(x -> new Schema(x.name(), x.comment(), x.charset(),
                x.collation(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), x.attrs())).toList();
        return new State(r.withSchemas(empty), state.boundSchema(), state.hcl(), state.session());
    }

    /**
     * Runs a plan made by {@link #planOn} on the target's database: in one transaction when the plan
     * allows it.
     *
     * @return how many statements ran
     * @throws StrataException naming the change whose statement failed
     */
    public int apply(DdlPlan plan, State target) {
        return Applier.apply(target.session(), plan);
    }

    private Session planner(State to) {
        return dev != null ? dev.session() : to.session();
    }

    private Session requireDev() {
        if (dev == null) {
            throw new UsageException("--dev-url cannot be empty. See: https://atlasgo.io/atlas-schema/sql#dev-database");
        }
        return dev.session();
    }

    /** Closes every connection; the dev database is emptied first. */
    @Override
    public void close() {
        try {
            for (Session s : sessions) {
                s.close();
            }
        } finally {
            if (dev != null) {
                dev.close();
            }
        }
    }
}
