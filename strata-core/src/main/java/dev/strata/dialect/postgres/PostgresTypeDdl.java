package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.UserType;

import java.util.List;
import java.util.Objects;

/**
 * A changed enum, domain or composite type. Enums only gain values ({@code ADD VALUE}, which has no
 * reverse), as in Atlas; a domain's default, NOT NULL and checks change in place; a composite's
 * fields are added and dropped. Anything else (a domain's base type, an enum losing or reordering
 * values) is refused with the type's name.
 */
final class PostgresTypeDdl {

    private final PostgresDdlWriter w;

    PostgresTypeDdl(PostgresDdlWriter w) {
        this.w = w;
    }

    void modify(Change.ModifyType m) {
        UserType from = m.from();
        UserType to = m.to();
        String name = w.name(m.schema(), to.name());
        if (from instanceof EnumType a && to instanceof EnumType b) {
            enumValues(name, a, b, m);
        } else if (from instanceof DomainType a && to instanceof DomainType b) {
            domain(m.schema(), name, a, b, m);
        } else if (from instanceof CompositeType a && to instanceof CompositeType b) {
            composite(m.schema(), name, a, b, m);
        } else {
            throw new StrataException("type \"" + to.name() + "\" cannot change from " + from.kind() + " to "
                    + to.kind() + " in place");
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            w.comment((to instanceof DomainType ? "DOMAIN " : "TYPE ") + name, to.comment(), from.comment(),
                    "set comment to " + to.kind() + " type: \"" + to.name() + "\"", m);
        }
    }

    private void enumValues(String name, EnumType from, EnumType to, Change c) {
        for (String v : from.values()) {
            if (!to.values().contains(v)) {
                throw new StrataException("dropping value \"" + v + "\" from enum \"" + from.name()
                        + "\" is not supported");
            }
        }
        int at = 0;
        for (int i = 0; i < to.values().size(); i++) {
            String v = to.values().get(i);
            int j = from.values().indexOf(v);
            if (j < 0) {
                String where = "";
                if (i == 0 && !from.values().isEmpty()) {
                    where = " BEFORE " + PostgresSql.lit(from.values().get(0));
                } else if (i > 0 && at != from.values().size()) {
                    where = " AFTER " + PostgresSql.lit(to.values().get(i - 1));
                }
                w.add("ALTER TYPE " + name + " ADD VALUE " + PostgresSql.lit(v) + where, "add value to enum type: \""
                        + to.name() + "\"", List.of(), c);
            } else if (j == at) {
                at++;
            } else {
                throw new StrataException("reordering enum \"" + from.name() + "\" value \"" + v
                        + "\" is not supported");
            }
        }
    }

    private void domain(String schema, String name, DomainType from, DomainType to, Change c) {
        if (!from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation())) {
            throw new StrataException("the base type or collation of domain \"" + to.name()
                    + "\" cannot change in place: drop and re-create it");
        }
        String alter = "ALTER DOMAIN " + name;
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            w.add(alter + (to.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT "
                    + PostgresDdlWriter.literal(to.defaultValue(), to.type())), "modify domain type \"" + to.name()
                    + "\"", alter + (from.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT "
                    + PostgresDdlWriter.literal(from.defaultValue(), from.type())), c);
        }
        if (from.nullable() != to.nullable()) {
            w.add(alter + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"), "modify domain type \"" + to.name()
                    + "\"", alter + (from.nullable() ? " DROP NOT NULL" : " SET NOT NULL"), c);
        }
        for (Check k : from.checks()) {
            if (!to.checks().contains(k)) {
                w.add(alter + " DROP CONSTRAINT " + PostgresSql.q(named(to, k)), "modify domain type \"" + to.name()
                        + "\"", alter + " ADD " + PostgresTableDdl.check(k), c);
            }
        }
        for (Check k : to.checks()) {
            if (!from.checks().contains(k)) {
                w.add(alter + " ADD " + PostgresTableDdl.check(k), "modify domain type \"" + to.name() + "\"",
                        k.name() == null ? List.of() : List.of(alter + " DROP CONSTRAINT " + PostgresSql.q(k.name())), c);
            }
        }
    }

    private static String named(DomainType d, Check k) {
        if (k.name() == null) {
            throw new StrataException("domain \"" + d.name() + "\": cannot drop an unnamed check");
        }
        return k.name();
    }

    private void composite(String schema, String name, CompositeType from, CompositeType to, Change c) {
        for (CompositeType.Field f : from.fields()) {
            if (!to.fields().contains(f)) {
                w.add("ALTER TYPE " + name + " DROP ATTRIBUTE " + PostgresSql.q(f.name()), "modify composite type \""
                        + to.name() + "\"", "ALTER TYPE " + name + " ADD ATTRIBUTE " + field(schema, f), c);
            }
        }
        for (CompositeType.Field f : to.fields()) {
            if (!from.fields().contains(f)) {
                w.add("ALTER TYPE " + name + " ADD ATTRIBUTE " + field(schema, f), "modify composite type \""
                        + to.name() + "\"", "ALTER TYPE " + name + " DROP ATTRIBUTE " + PostgresSql.q(f.name()), c);
            }
        }
    }

    private String field(String schema, CompositeType.Field f) {
        return PostgresSql.q(f.name()) + " " + w.type(f.type(), schema) + (f.collation() == null ? ""
                : " COLLATE " + PostgresSql.q(f.collation()));
    }
}
