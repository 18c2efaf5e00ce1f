package dev.strata.schema.hcl;

import dev.strata.config.ConfigException;
import dev.strata.config.HclAttribute;
import dev.strata.config.HclBlock;
import dev.strata.config.HclRef;
import dev.strata.config.HclWord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes and nested blocks of one evaluated block, read by name with type checks. Every
 * attribute or block a reader does not take is an error ({@code unknown attribute "x" in column
 * "id"}), so a typo does not pass for a default.
 */
final class Fields {

    private final HclBlock block;
    private final String what;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> takenBlocks = new HashSet<>();

    Fields(HclBlock block) {
        this.block = block;
        this.what = block.name() == null ? block.type() : block.type() + " \"" + block.name() + "\"";
        taken.add("name"); // It names the block; the evaluator has read it.
    }

    HclBlock block() {
        return block;
    }

    /** An error at the block: {@code file:line:col: table "users": message}. */
    ConfigException error(String message) {
        return block.error(what + ": " + message);
    }

    ConfigException error(HclAttribute a, String message) {
        return a.error(what + ": " + message);
    }

    HclAttribute attribute(String name) {
        taken.add(name);
        return block.attribute(name);
    }

    String string(String name) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return null;
        }
        if (a.value() instanceof String s) {
            return s;
        }
        throw error(a, "\"" + name + "\" must be a string, not " + describe(a.value()));
    }

    String requiredString(String name) {
        String s = string(name);
        if (s == null) {
            throw error("missing attribute \"" + name + "\"");
        }
        return s;
    }

    /** A bare word or a string: {@code lang = plpgsql}, {@code lang = "plpgsql"}. */
    String word(String name) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return null;
        }
        if (a.value() instanceof HclWord w) {
            return w.word();
        }
        if (a.value() instanceof String s) {
            return s;
        }
        throw error(a, "\"" + name + "\" must be a word or a string, not " + describe(a.value()));
    }

    boolean bool(String name, boolean absent) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return absent;
        }
        if (a.value() instanceof Boolean b) {
            return b;
        }
        throw error(a, "\"" + name + "\" must be true or false, not " + describe(a.value()));
    }

    Long number(String name) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return null;
        }
        try {
            if (a.value() instanceof BigDecimal d) {
                return d.longValueExact();
            }
        } catch (ArithmeticException e) {
            // Falls through to the error below.
        }
        throw error(a, "\"" + name + "\" must be a whole number, not " + describe(a.value()));
    }

    HclRef ref(String name) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return null;
        }
        if (a.value() instanceof HclRef r) {
            return r;
        }
        throw error(a, "\"" + name + "\" must be a reference such as schema.public, not " + describe(a.value()));
    }

    List<HclRef> refs(String name) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return List.of();
        }
        List<HclRef> out = new ArrayList<>();
        if (a.value() instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof HclRef r)) {
                    throw error(a, "\"" + name + "\" must be a list of references, not a list holding " + describe(o));
                }
                out.add(r);
            }
            return out;
        }
        throw error(a, "\"" + name + "\" must be a list of references, not " + describe(a.value()));
    }

    List<String> strings(String name) {
        HclAttribute a = attribute(name);
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (a.value() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    out.add(s);
                } else if (o instanceof HclWord w) {
                    out.add(w.word());
                } else {
                    throw error(a, "\"" + name + "\" must be a list of strings, not a list holding " + describe(o));
                }
            }
            return out;
        }
        throw error(a, "\"" + name + "\" must be a list of strings, not " + describe(a.value()));
    }

    List<HclBlock> blocks(String type) {
        takenBlocks.add(type);
        return block.blocks(type);
    }

    /** The single nested block of a type, or null. */
    HclBlock single(String type) {
        List<HclBlock> all = blocks(type);
        if (all.size() > 1) {
            throw all.get(1).error(what + ": more than one \"" + type + "\" block");
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** The attributes no reader took: each is a dialect attribute or an error. */
    List<HclAttribute> rest() {
        return block.attributes().stream().filter(a -> !taken.contains(a.name())).toList();
    }

    /** Fails on a nested block no reader took. */
    void noOtherBlocks() {
        for (HclBlock b : block.blocks()) {
            if (!takenBlocks.contains(b.type())) {
                throw b.error(what + ": unknown block \"" + b.type() + "\"");
            }
        }
    }

    /** Fails on an attribute no reader took. */
    void noOtherAttributes() {
        for (HclAttribute a : rest()) {
            throw error(a, "unknown attribute \"" + a.name() + "\"");
        }
    }

    static String describe(Object v) {
        return HclAttribute.describe(v);
    }
}
