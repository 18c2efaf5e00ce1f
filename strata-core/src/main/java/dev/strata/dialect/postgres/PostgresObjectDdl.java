package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Routine;
import dev.strata.schema.Sequence;
import dev.strata.schema.Trigger;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** DDL of the schema objects beside tables: views, functions, procedures, triggers, sequences and types. */
final class PostgresObjectDdl {

    private final PostgresDdlWriter w;

    PostgresObjectDdl(PostgresDdlWriter w) {
        this.w = w;
    }

    void plan(Change c) {
        if (c instanceof Change.AddRoutine a) {
            createRoutine(a.schema(), a.routine(), c);
        } else if (c instanceof Change.DropRoutine d) {
            w.add("DROP " + d.routine().kind().name() + " " + signature(d.schema(), d.routine()), d.describe(),
                    List.of(routineSql(d.schema(), d.routine())), c);
        } else if (c instanceof Change.ModifyRoutine m) {
            modifyRoutine(m);
        } else if (c instanceof Change.AddTrigger a) {
            createTrigger(a.schema(), a.trigger(), c);
        } else if (c instanceof Change.DropTrigger d) {
            w.add(dropTrigger(d.schema(), d.trigger()), d.describe(), List.of(d.trigger().definition()), c);
        } else if (c instanceof Change.ModifyTrigger m) {
            w.add(dropTrigger(m.schema(), m.from()), "drop trigger \"" + m.from().name() + "\"",
                    List.of(m.from().definition()), c);
            createTrigger(m.schema(), m.to(), c);
        } else if (c instanceof Change.DropSequence d) {
            w.add("DROP SEQUENCE " + w.name(d.schema(), d.sequence().name()), d.describe(), List.of(), c);
        } else if (c instanceof Change.ModifySequence m) {
            modifySequence(m);
        } else if (c instanceof Change.AddType a) {
            createType(a.schema(), a.type(), c);
        } else if (c instanceof Change.DropType d) {
            w.add("DROP " + (d.type() instanceof DomainType ? "DOMAIN " : "TYPE ") + w.name(d.schema(),
                    d.type().name()), d.describe(), List.of(), c);
        } else if (c instanceof Change.ModifyType m) {
            new PostgresTypeDdl(w).modify(m);
        } else {
            throw new StrataException("cannot plan " + c.describe() + " on PostgreSQL");
        }
    }

    void createView(String schema, View v, Change c, PostgresTableDdl tables) {
        String kind = v.materialized() ? "MATERIALIZED VIEW" : "VIEW";
        String name = w.name(schema, v.name());
        String check = v.checkOption() == View.CheckOption.NONE ? ""
                : " WITH " + v.checkOption().name() + " CHECK OPTION";
        w.add("CREATE " + kind + " " + name + " AS " + v.definition() + check, "create \"" + v.name() + "\" "
                + kind.toLowerCase(Locale.ROOT), "DROP " + kind + " " + name, c);
        PostgresDdl.viewIndexes(w, tables, schema, v, c);
        if (v.comment() != null) {
            w.comment(kind + " " + name, v.comment(), null, "set comment to " + kind.toLowerCase(Locale.ROOT) + ": \""
                    + v.name() + "\"", c);
        }
    }

    void dropView(String schema, View v, Change c) {
        String kind = v.materialized() ? "MATERIALIZED VIEW" : "VIEW";
        w.add("DROP " + kind + " " + w.name(schema, v.name()), "drop " + kind.toLowerCase(Locale.ROOT) + " \""
                + v.name() + "\"", List.of(), c);
    }

    void modifyView(Change.ModifyView m, PostgresTableDdl tables) {
        View from = m.from();
        View to = m.to();
        String kind = to.materialized() ? "MATERIALIZED VIEW" : "VIEW";
        if (from.materialized() == to.materialized() && from.definition().equals(to.definition())
                && from.checkOption() == to.checkOption() && from.indexes().equals(to.indexes())) {
            w.comment(kind + " " + w.name(m.schema(), to.name()), to.comment(), from.comment(), "set comment to "
                    + kind.toLowerCase(Locale.ROOT) + ": \"" + to.name() + "\"", m);
            return;
        }
        dropView(m.schema(), from, m);
        createView(m.schema(), to, m, tables);
    }

    /** {@code "s"."name"(integer, text)}: what DROP and COMMENT ON take. */
    String signature(String schema, Routine r) {
        return w.name(schema, r.name()) + "(" + r.args().stream().filter(a -> a.mode() != Routine.Arg.Mode.OUT)
                .map(a -> (a.mode() == Routine.Arg.Mode.VARIADIC ? "VARIADIC " : "") + w.type(a.type(), schema))
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The routine's CREATE statement: its definition when the database gave the whole statement,
     * else one built around the body, as an Atlas HCL file gives it.
     */
    String routineSql(String schema, Routine r) {
        String def = r.definition();
        if (def.regionMatches(true, 0, "CREATE", 0, 6)) {
            return def;
        }
        String args = r.args().stream().map(a -> (a.mode() == Routine.Arg.Mode.IN ? "" : a.mode().name() + " ")
                + (a.name() == null ? "" : PostgresSql.q(a.name()) + " ") + w.type(a.type(), schema)
                + (a.defaultExpr() == null ? "" : " DEFAULT " + a.defaultExpr())).collect(Collectors.joining(", "));
        String returns = r.kind() == Routine.Kind.FUNCTION && r.returns() != null ? " RETURNS "
                + w.type(r.returns(), schema) : "";
        String lang = r.language() == null ? "sql" : r.language();
        String tag = def.contains("$$") ? "$body$" : "$$";
        return "CREATE " + r.kind().name() + " " + w.name(schema, r.name()) + "(" + args + ")" + returns
                + " LANGUAGE " + lang + " AS " + tag + def + tag;
    }

    private void createRoutine(String schema, Routine r, Change c) {
        w.add(routineSql(schema, r), "create \"" + r.name() + "\" " + r.kind().name().toLowerCase(Locale.ROOT),
                "DROP " + r.kind().name() + " " + signature(schema, r), c);
        if (r.comment() != null) {
            w.comment(r.kind().name() + " " + signature(schema, r), r.comment(), null, "set comment to "
                    + r.kind().name().toLowerCase(Locale.ROOT) + ": \"" + r.name() + "\"", c);
        }
    }

    private void modifyRoutine(Change.ModifyRoutine m) {
        Routine from = m.from();
        Routine to = m.to();
        boolean replaceable = from.kind() == to.kind() && from.signature().equals(to.signature())
                && Objects.equals(from.returns(), to.returns()) && from.args().equals(to.args());
        if (!from.definition().equals(to.definition()) || !Objects.equals(from.language(), to.language())
                || !replaceable) {
            if (replaceable) {
                String sql = routineSql(m.schema(), to);
                w.add(sql.replaceFirst("(?i)^CREATE\\s+(OR\\s+REPLACE\\s+)?", "CREATE OR REPLACE "), m.describe(),
                        List.of(routineSql(m.schema(), from).replaceFirst("(?i)^CREATE\\s+(OR\\s+REPLACE\\s+)?",
                                "CREATE OR REPLACE ")), m);
            } else {
                w.add("DROP " + from.kind().name() + " " + signature(m.schema(), from), "drop "
                        + from.kind().name().toLowerCase(Locale.ROOT) + " \"" + from.name() + "\"",
                        List.of(routineSql(m.schema(), from)), m);
                w.add(routineSql(m.schema(), to), m.describe(), List.of(), m);
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            w.comment(to.kind().name() + " " + signature(m.schema(), to), to.comment(), from.comment(),
                    "set comment to " + to.kind().name().toLowerCase(Locale.ROOT) + ": \"" + to.name() + "\"", m);
        }
    }

    private String dropTrigger(String schema, Trigger t) {
        return "DROP TRIGGER " + PostgresSql.q(t.name()) + " ON " + w.name(schema, t.table());
    }

    private void createTrigger(String schema, Trigger t, Change c) {
        w.add(t.definition(), "create trigger \"" + t.name() + "\"", dropTrigger(schema, t), c);
        if (t.comment() != null) {
            w.comment("TRIGGER " + PostgresSql.q(t.name()) + " ON " + w.name(schema, t.table()), t.comment(), null,
                    "set comment to trigger: \"" + t.name() + "\"", c);
        }
    }

    /**
     * CREATE SEQUENCE and its comment; OWNED BY goes into {@code ownedLater} when the owning table
     * is created later in the plan, else right after.
     */
    void createSequence(Change.AddSequence a, List<Runnable> ownedLater) {
        Sequence s = a.sequence();
        String name = w.name(a.schema(), s.name());
        List<String> opts = options(a.schema(), s);
        w.add("CREATE SEQUENCE " + name + (opts.isEmpty() ? "" : " " + String.join(" ", opts)), a.describe(),
                "DROP SEQUENCE " + name, a);
        if (s.ownedBy() != null) {
            Runnable owned = () -> w.add("ALTER SEQUENCE " + name + " OWNED BY " + w.name(a.schema(),
                    s.ownedBy().table()) + "." + PostgresSql.q(s.ownedBy().column()), "set owner of sequence \""
                    + s.name() + "\"", "ALTER SEQUENCE " + name + " OWNED BY NONE", a);
            if (ownedLater != null) {
                ownedLater.add(owned);
            } else {
                owned.run();
            }
        }
        if (s.comment() != null) {
            w.comment("SEQUENCE " + name, s.comment(), null, "set comment to sequence: \"" + s.name() + "\"", a);
        }
    }

    private List<String> options(String schema, Sequence s) {
        List<String> o = new ArrayList<>();
        if (s.type() != null) {
            o.add("AS " + w.type(s.type(), schema));
        }
        if (s.increment() != null) {
            o.add("INCREMENT BY " + s.increment());
        }
        if (s.min() != null) {
            o.add("MINVALUE " + s.min());
        }
        if (s.max() != null) {
            o.add("MAXVALUE " + s.max());
        }
        if (s.start() != null) {
            o.add("START WITH " + s.start());
        }
        if (s.cache() != null) {
            o.add("CACHE " + s.cache());
        }
        if (s.cycle()) {
            o.add("CYCLE");
        }
        return o;
    }

    private void modifySequence(Change.ModifySequence m) {
        Sequence from = m.from();
        Sequence to = m.to();
        String name = w.name(m.schema(), to.name());
        List<String> fwd = alterOptions(m.schema(), from, to);
        List<String> back = alterOptions(m.schema(), to, from);
        if (!fwd.isEmpty()) {
            w.add("ALTER SEQUENCE " + name + " " + String.join(" ", fwd), m.describe(),
                    "ALTER SEQUENCE " + name + " " + String.join(" ", back), m);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            w.comment("SEQUENCE " + name, to.comment(), from.comment(), "set comment to sequence: \"" + to.name()
                    + "\"", m);
        }
    }

    private List<String> alterOptions(String schema, Sequence from, Sequence to) {
        List<String> o = new ArrayList<>();
        if (!Objects.equals(from.type(), to.type())) {
            o.add("AS " + (to.type() == null ? "bigint" : w.type(to.type(), schema)));
        }
        if (!Objects.equals(from.increment(), to.increment())) {
            o.add("INCREMENT BY " + (to.increment() == null ? 1 : to.increment()));
        }
        if (!Objects.equals(from.min(), to.min())) {
            o.add(to.min() == null ? "NO MINVALUE" : "MINVALUE " + to.min());
        }
        if (!Objects.equals(from.max(), to.max())) {
            o.add(to.max() == null ? "NO MAXVALUE" : "MAXVALUE " + to.max());
        }
        if (!Objects.equals(from.start(), to.start())) {
            o.add(to.start() == null ? "START WITH " + (to.min() == null ? 1 : to.min()) : "START WITH " + to.start());
        }
        if (!Objects.equals(from.cache(), to.cache())) {
            o.add("CACHE " + (to.cache() == null ? 1 : to.cache()));
        }
        if (from.cycle() != to.cycle()) {
            o.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            o.add("OWNED BY " + (to.ownedBy() == null ? "NONE" : w.name(schema, to.ownedBy().table()) + "."
                    + PostgresSql.q(to.ownedBy().column())));
        }
        return o;
    }

    private void createType(String schema, UserType t, Change c) {
        String name = w.name(schema, t.name());
        if (t instanceof EnumType e) {
            w.add("CREATE TYPE " + name + " AS ENUM (" + e.values().stream().map(PostgresSql::lit)
                    .collect(Collectors.joining(", ")) + ")", c.describe(), "DROP TYPE " + name, c);
        } else if (t instanceof DomainType d) {
            StringBuilder b = new StringBuilder("CREATE DOMAIN " + name + " AS " + w.type(d.type(), schema));
            if (d.collation() != null) {
                b.append(" COLLATE ").append(PostgresSql.q(d.collation()));
            }
            if (d.defaultValue() != null) {
                b.append(" DEFAULT ").append(PostgresDdlWriter.literal(d.defaultValue(), d.type()));
            }
            if (!d.nullable()) {
                b.append(" NOT NULL");
            }
            for (Check k : d.checks()) {
                b.append(' ').append(PostgresTableDdl.check(k));
            }
            w.add(b.toString(), c.describe(), "DROP DOMAIN " + name, c);
        } else {
            CompositeType ct = (CompositeType) t;
            w.add("CREATE TYPE " + name + " AS (" + ct.fields().stream().map(f -> PostgresSql.q(f.name()) + " "
                    + w.type(f.type(), schema) + (f.collation() == null ? "" : " COLLATE " + PostgresSql.q(f.collation())))
                    .collect(Collectors.joining(", ")) + ")", c.describe(), "DROP TYPE " + name, c);
        }
        if (t.comment() != null) {
            w.comment((t instanceof DomainType ? "DOMAIN " : "TYPE ") + name, t.comment(), null,
                    "set comment to " + t.kind() + " type: \"" + t.name() + "\"", c);
        }
    }
}
