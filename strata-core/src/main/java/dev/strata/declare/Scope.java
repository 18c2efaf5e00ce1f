package dev.strata.declare;

import dev.strata.schema.Exclusion;

import java.util.List;
import java.util.Map;

/**
 * What part of a state is read, as the commands' flags and the project file's env say.
 *
 * @param schemas {@code --schema}: the schemas of an unbound database to read; empty for all of them
 * @param exclude {@code --exclude} globs, applied to every source
 * @param vars    the values of HCL schema files' {@code variable} blocks
 */
public record Scope(List<String> schemas, List<String> exclude, Map<String, List<String>> vars) {

    /** Everything. */
    public static final Scope ALL = new Scope(List.of(), List.of(), Map.of());

    /**
     * @throws dev.strata.UsageException naming an exclude pattern that is not a valid glob
     */
    public Scope {
        schemas = List.copyOf(schemas);
        exclude = List.copyOf(exclude);
        vars = Map.copyOf(vars);
        Exclusion.validate(exclude);
    }
}
