package dev.strata.config;

import dev.strata.config.Hcl.Attribute;
import dev.strata.config.Hcl.Block;
import dev.strata.config.Hcl.Pos;
import dev.strata.config.HclDocument.Scope;
import dev.strata.config.HclDocument.Source;
import dev.strata.config.HclDocument.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an {@link HclDocument}, as Atlas's {@code schemahcl} does: variables and locals first,
 * then {@code for_each} blocks are repeated, then every block is registered so references can
 * reach it, then each attribute is evaluated with its enclosing blocks' nested block types in scope
 * ({@code column.id} inside a table).
 */
final class DocumentEvaluator {

    private static final String FOR_EACH = "for_each";

    /** A block to evaluate, with what a reference to it navigates and the {@code each} it was made for. */
    private record Node(Block block, String file, Map<String, Object> each, BlockMap object, List<Node> children) {
    }

    private final List<Source> files;
    private final Vocabulary vocabulary;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final BlockMap types = new BlockMap("");
    private LazyMap<Located> locals;

    private record Located(String file, Attribute attribute) {
    }

    DocumentEvaluator(List<Source> files, Vocabulary vocabulary) {
        this.files = files;
        this.vocabulary = vocabulary;
    }

    List<HclBlock> evaluate(Map<String, List<String>> given) {
        Map<String, Located> localDefs = new LinkedHashMap<>();
        for (Source f : files) {
            for (Block b : f.body().blocks("variable")) {
                Variables.evaluate(b, f.name(), given, variables);
            }
            for (Block b : f.body().blocks("locals")) {
                for (Attribute a : b.body().attributes()) {
                    if (localDefs.put(a.name(), new Located(f.name(), a)) != null) {
                        throw new ConfigException(f.name(), a.pos().line(), a.pos().column(), "local \"" + a.name()
                                + "\" is defined twice");
                    }
                }
            }
        }
        locals = new LazyMap<>(files.isEmpty() ? "" : files.get(0).name(), "local", localDefs,
                l -> evaluator(l.file(), List.of(), List.of(), null, null).eval(l.attribute().value()));
        vocabulary.blockTypes().forEach(types::child);
        List<Node> nodes = new ArrayList<>();
        Map<String, Integer> unlabeled = new HashMap<>();
        for (Source f : files) {
            for (Block b : f.body().blocks()) {
                if (b.type().equals("variable") || b.type().equals("locals")) {
                    continue;
                }
                if (b.type().equals("data")) {
                    throw error(f.name(), b.pos(), "data sources are not supported in schema files");
                }
                if (b.body().attribute(FOR_EACH) != null) {
                    nodes.add(null);
                    continue;
                }
                nodes.add(register(b, f.name(), null, types, null, unlabeled));
            }
        }
        expand(nodes, unlabeled);
        List<HclBlock> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n != null) {
                out.add(evaluate(n, List.of(n.object()), List.of(n.block().type())));
            }
        }
        return out;
    }

    /** Replaces each placeholder of a {@code for_each} block by one node per element, in place. */
    private void expand(List<Node> nodes, Map<String, Integer> unlabeled) {
        int at = 0;
        for (Source f : files) {
            for (Block b : f.body().blocks()) {
                if (b.type().equals("variable") || b.type().equals("locals")) {
                    continue;
                }
                if (b.body().attribute(FOR_EACH) == null) {
                    at++;
                    continue;
                }
                Attribute forEach = b.body().attribute(FOR_EACH);
                Evaluator ev = evaluator(f.name(), List.of(), List.of(b.type()), FOR_EACH, null);
                List<Node> copies = new ArrayList<>();
                for (Map<String, Object> each : elements(ev.eval(forEach.value()), forEach, ev)) {
                    copies.add(register(b, f.name(), each, types, null, unlabeled));
                }
                nodes.remove(at);
                nodes.addAll(at, copies);
                at += copies.size();
            }
        }
    }

    private static List<Map<String, Object>> elements(Object collection, Attribute forEach, Evaluator ev) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (collection instanceof List<?> list) {
            for (Object v : list) {
                out.add(each(v, v));
            }
        } else if (collection instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.add(each(k, v)));
        } else {
            throw ev.error(forEach.pos(), "for_each must be a set, a list or a map, not "
                    + Evaluator.typeName(collection));
        }
        return out;
    }

    private static Map<String, Object> each(Object key, Object value) {
        Map<String, Object> each = new LinkedHashMap<>();
        each.put("key", key);
        each.put("value", value);
        return each;
    }

    /** Makes a block reachable by references: its type's map gets it under its labels. */
    private Node register(Block b, String file, Map<String, Object> each, BlockMap parent, HclRef parentRef,
                          Map<String, Integer> unlabeled) {
        String name = name(b, file, each);
        HclRef.Step step = new HclRef.Step(b.type(), b.labels(), name);
        HclRef ref = parentRef == null ? new HclRef(List.of(step)) : parentRef.child(step);
        BlockMap byLabel = parent.child(b.type());
        String key;
        if (b.labels().isEmpty()) {
            String counter = parent.path() + "/" + b.type();
            int n = unlabeled.merge(counter, 1, Integer::sum) - 1;
            key = String.valueOf(n);
        } else {
            key = b.labels().get(b.labels().size() - 1);
            if (b.labels().size() > 1) {
                byLabel = byLabel.child(b.labels().get(0));
            }
        }
        BlockMap object = new BlockMap(byLabel.path() + "." + key);
        object.put(BlockMap.REF, ref, true);
        if (name != null) {
            object.put(BlockMap.NAME, name, true);
        }
        byLabel.put(key, object, true);
        List<Node> children = new ArrayList<>();
        for (Block c : b.body().blocks()) {
            children.add(register(c, file, each, object, ref, unlabeled));
        }
        return new Node(b, file, each, object, children);
    }

    /** A block's name: its {@code name} attribute when it has one, else its last label. */
    private String name(Block b, String file, Map<String, Object> each) {
        Attribute n = b.body().attribute("name");
        if (n != null) {
            Evaluator ev = evaluator(file, List.of(), List.of(b.type()), "name", each);
            return ev.string(ev.eval(n.value()), n.pos(), "a block's name");
        }
        return b.labels().isEmpty() ? null : b.labels().get(b.labels().size() - 1);
    }

    private HclBlock evaluate(Node n, List<BlockMap> chain, List<String> path) {
        List<HclAttribute> attributes = new ArrayList<>();
        for (Attribute a : n.block().body().attributes()) {
            if (a.name().equals(FOR_EACH)) {
                continue;
            }
            Evaluator ev = evaluator(n.file(), chain, path, a.name(), n.each());
            Object v = convert(ev.eval(a.value()), ev, a.pos(), vocabulary.scope(path, a.name()));
            if (v != null) {
                attributes.add(new HclAttribute(a.name(), v, position(n.file(), a.pos())));
            }
        }
        List<HclBlock> blocks = new ArrayList<>();
        for (Node c : n.children()) {
            List<BlockMap> inner = new ArrayList<>();
            inner.add(c.object());
            inner.addAll(chain);
            List<String> innerPath = new ArrayList<>(path);
            innerPath.add(c.block().type());
            blocks.add(evaluate(c, inner, innerPath));
        }
        return new HclBlock(n.block().type(), n.block().labels(), n.object().name(), attributes, blocks,
                position(n.file(), n.block().pos()));
    }

    /**
     * Turns block maps into references, recursively. A block type alone where words are allowed is
     * the word: {@code return = trigger} names PostgreSQL's pseudo-type, not the trigger blocks.
     */
    private static Object convert(Object v, Evaluator ev, Pos pos, Scope scope) {
        if (v instanceof BlockMap m) {
            if (m.ref() == null && scope != Scope.PLAIN && !m.path().contains(".")) {
                return new HclWord(m.path());
            }
            if (m.ref() == null) {
                throw ev.error(pos, "\"" + m.path() + "\" is not a block: add its label (" + m.path() + ".name)");
            }
            return m.ref();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(convert(o, ev, pos, scope));
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, o) -> out.put(String.valueOf(k), convert(o, ev, pos, scope)));
            return out;
        }
        return v;
    }

    private Evaluator evaluator(String file, List<BlockMap> chain, List<String> path, String attribute,
                                Map<String, Object> each) {
        Scope scope = attribute == null ? Scope.PLAIN : vocabulary.scope(path, attribute);
        Evaluator ev = new Evaluator(file, new Roots(chain, scope));
        return each == null ? ev : ev.with("each", each);
    }

    private static HclPosition position(String file, Pos pos) {
        return new HclPosition(file, pos.line(), pos.column());
    }

    private static ConfigException error(String file, Pos pos, String message) {
        return new ConfigException(file, pos.line(), pos.column(), message);
    }

    /** The names an attribute's expression starts from. */
    private final class Roots implements Evaluator.Roots {
        private final List<BlockMap> chain;
        private final Scope scope;

        Roots(List<BlockMap> chain, Scope scope) {
            this.chain = chain;
            this.scope = scope;
        }

        @Override
        public Object resolve(String name, Pos pos, Evaluator ev) {
            for (BlockMap enclosing : chain) {
                if (enclosing.get(name) instanceof BlockMap nested && nested.ref() == null) {
                    return nested;
                }
            }
            if (types.get(name) != null) {
                return types.get(name);
            }
            switch (name) {
                case "var":
                    return new StrictMap("variable", variables);
                case "local":
                    return locals;
                case "each":
                    throw ev.error(pos, "each is only available in a block with for_each");
                default:
                    break;
            }
            if (scope != Scope.PLAIN) {
                return new HclWord(name);
            }
            throw ev.error(pos, "unknown name \"" + name + "\"");
        }

        @Override
        public Object call(String name, List<Object> args, Pos pos, Evaluator ev) {
            if (name.equals("sql")) {
                if (args.size() != 1 || !(args.get(0) instanceof String s)) {
                    throw ev.error(pos, "sql() takes one string");
                }
                return new HclSql(s);
            }
            if (scope == Scope.TYPES) {
                return new HclCall(name, args);
            }
            return Evaluator.Roots.super.call(name, args, pos, ev);
        }
    }
}
