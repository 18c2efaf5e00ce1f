package dev.strata.schema.hcl;

import dev.strata.config.HclAttribute;
import dev.strata.config.HclBlock;
import dev.strata.config.HclRef;
import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.AttrTarget;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.Policy;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Turns the evaluated blocks of schema files into a realm: schemas first, then the types columns
 * may use, then tables (their foreign keys may point at any table), then everything else.
 * References are resolved to the block they name, so a block's {@code name} attribute wins over
 * its label.
 */
final class HclReader {

    final String dialect;
    final TypeNames types;
    private final Map<String, List<HclBlock>> byLabels = new HashMap<>();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final Map<String, Map<String, Table>> tables = new HashMap<>();
    private final Map<TypeRef, TypeKind> userTypes = new HashMap<>();

    HclReader(String dialect) {
        this.dialect = dialect;
        this.types = SchemaDialects.typeNames(dialect);
    }

    Realm read(List<HclBlock> blocks) {
        index(blocks);
        ObjectReader objects = new ObjectReader(this);
        for (HclBlock b : of(blocks, "schema")) {
            Schema s = guarded(b, () -> objects.schema(b));
            if (schemas.put(s.name(), s) != null) {
                throw b.error("schema \"" + s.name() + "\" is defined twice");
            }
            tables.put(s.name(), new LinkedHashMap<>());
        }
        for (HclBlock b : of(blocks, "enum", "domain", "composite")) {
            userTypes.put(new TypeRef(schemaOf(b), b.name()), TypeKind.valueOf(b.type().toUpperCase(Locale.ROOT)));
        }
        Map<String, List<UserType>> types = bySchema(of(blocks, "enum", "domain", "composite"), objects::userType);
        TableReader tableReader = new TableReader(this);
        for (HclBlock b : of(blocks, "table")) {
            String schema = schemaOf(b);
            Table t = guarded(b, () -> tableReader.table(b, schema));
            if (tables.get(schema).put(t.name(), t) != null) {
                throw b.error("table \"" + t.name() + "\" is defined twice in schema \"" + schema + "\"");
            }
        }
        for (HclBlock b : of(blocks, "policy")) {
            TableRef on = objects.policyTable(b);
            Table t = tables.get(on.schema()).get(on.name());
            List<Policy> policies = new ArrayList<>(t.policies());
            policies.add(guarded(b, () -> objects.policy(b)));
            tables.get(on.schema()).put(t.name(), t.withPolicies(policies));
        }
        Map<String, List<View>> views = bySchema(of(blocks, "view", "materialized"),
                (b, schema) -> objects.view(b, schema, tableReader));
        Map<String, List<Routine>> routines = bySchema(of(blocks, "function", "procedure"), objects::routine);
        Map<String, List<Sequence>> sequences = bySchema(of(blocks, "sequence"), objects::sequence);
        Map<String, List<Trigger>> triggers = new HashMap<>();
        for (HclBlock b : of(blocks, "trigger")) {
            TableRef on = objects.triggerTarget(b);
            triggers.computeIfAbsent(on.schema(), k -> new ArrayList<>()).add(guarded(b, () -> objects.trigger(b, on)));
        }
        List<Schema> out = new ArrayList<>();
        for (Schema s : schemas.values()) {
            String n = s.name();
            out.add(s.withTables(new ArrayList<>(tables.get(n).values())).withTypes(types.getOrDefault(n, List.of()))
                    .withViews(views.getOrDefault(n, List.of())).withRoutines(routines.getOrDefault(n, List.of()))
                    .withSequences(sequences.getOrDefault(n, List.of()))
                    .withTriggers(triggers.getOrDefault(n, List.of())).withoutInheritedCharsets());
        }
        return new Realm(out, of(blocks, "extension").stream().map(b -> guarded(b, () -> objects.extension(b))).toList(),
                List.of());
    }

    /**
     * Reads a block, turning a rule of the model it breaks (a block without a name, an increment
     * of 0) into an error at the block; the readers catch most of them closer to their attribute.
     */
    private static <T> T guarded(HclBlock b, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw b.error((b.name() == null ? b.type() : b.type() + " \"" + b.name() + "\"") + ": " + e.getMessage());
        }
    }

    /** Indexes the blocks by type and labels, for references; rejects what is no schema block. */
    private void index(List<HclBlock> blocks) {
        for (HclBlock b : blocks) {
            if (b.type().equals("env")) {
                throw b.error("cannot parse project file as a schema file (it has env blocks)");
            }
            if (!SchemaVocabulary.TOP_LEVEL.contains(b.type())) {
                throw b.error("unknown block \"" + b.type() + "\" (known: " + String.join(", ",
                        SchemaVocabulary.TOP_LEVEL.stream().sorted().toList()) + ")");
            }
            byLabels.computeIfAbsent(key(b.type(), b.labels()), k -> new ArrayList<>()).add(b);
        }
    }

    /** Reads blocks that have a {@code schema} attribute, grouped by that schema. */
    private <T> Map<String, List<T>> bySchema(List<HclBlock> blocks, BiFunction<HclBlock, String, T> read) {
        Map<String, List<T>> out = new HashMap<>();
        for (HclBlock b : blocks) {
            String schema = schemaOf(b);
            out.computeIfAbsent(schema, k -> new ArrayList<>()).add(guarded(b, () -> read.apply(b, schema)));
        }
        return out;
    }

    private static List<HclBlock> of(List<HclBlock> blocks, String... types) {
        List<String> wanted = List.of(types);
        return blocks.stream().filter(b -> wanted.contains(b.type())).toList();
    }

    private static String key(String type, List<String> labels) {
        return type + "\0" + String.join("\0", labels);
    }

    /** The top-level block a reference's first step names. */
    HclBlock target(HclRef.Step step, HclAttribute at) {
        List<HclBlock> found = byLabels.getOrDefault(key(step.type(), step.labels()), List.of());
        if (found.isEmpty()) {
            throw at.error("broken reference to \"" + new HclRef(List.of(step)) + "\"");
        }
        if (found.size() > 1) {
            throw at.error("multiple " + step.type() + " blocks are labelled " + step.labels() + ": give them their "
                    + "schema as a first label (" + step.type() + " \"schema\" \"" + step.name() + "\")");
        }
        return found.get(0);
    }

    /** The schema a block's {@code schema} attribute names; it must be defined. */
    String schemaOf(HclBlock b) {
        HclAttribute a = b.attribute("schema");
        if (a == null) {
            throw b.error(b.type() + " \"" + b.name() + "\": missing attribute \"schema\" (schema = schema.NAME)");
        }
        if (!(a.value() instanceof HclRef r) || !r.steps().get(0).type().equals("schema") || r.steps().size() != 1) {
            throw a.error(b.type() + " \"" + b.name() + "\": \"schema\" must be a reference such as schema.public");
        }
        String name = target(r.steps().get(0), a).name();
        if (!schemas.containsKey(name)) {
            throw a.error("schema \"" + name + "\" was not found");
        }
        return name;
    }

    /** The table or view (or materialized view) a reference's first step names. */
    TableRef tableOf(HclRef ref, HclAttribute at) {
        HclRef.Step step = ref.steps().get(0);
        HclBlock t = target(step, at);
        return new TableRef(schemaOf(t), t.name());
    }

    TypeNames.UserTypes userTypes() {
        return userTypes::get;
    }

    /** The attributes a reader did not take, read as the dialect's own or rejected. */
    List<DialectAttr> dialectAttrs(Fields f, AttrTarget target) {
        List<DialectAttr> out = new ArrayList<>();
        for (HclAttribute a : f.rest()) {
            Object v = a.value() instanceof dev.strata.config.HclWord w ? new DialectAttr.Word(w.word())
                    : a.value() instanceof dev.strata.config.HclSql s ? new DialectAttr.Sql(s.sql())
                    : a.value() instanceof java.math.BigDecimal d ? d.toPlainString() : a.value();
            boolean known;
            try {
                known = SchemaDialects.readAttr(dialect, target, a.name(), v, out);
            } catch (IllegalArgumentException e) {
                throw f.error(a, "\"" + a.name() + "\": " + e.getMessage());
            }
            if (!known) {
                throw f.error(a, "unknown attribute \"" + a.name() + "\"");
            }
        }
        f.noOtherBlocks();
        return out;
    }
}
