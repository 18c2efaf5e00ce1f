package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;
import dev.strata.schema.TableChange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties of the differ over random realm pairs ({@link RandomRealms}), on the model alone:
 * <ul>
 *   <li>{@code diff(A, A)} is empty;</li>
 *   <li>applying {@code diff(A, B)} to A gives B, with and without the renames that made B, and at
 *       every step the realm holds together ({@link ModelApply}, {@link Consistency}): every foreign
 *       key's target and key exist, nothing goes while something still uses it;</li>
 *   <li>applying {@code Creation.of(B)} to nothing gives B, under the same checks;</li>
 *   <li>the differ gives the same answer twice;</li>
 *   <li>together, the pairs make every {@link Change} and {@link TableChange} variant but the ones
 *       listed in {@link #NOT_GENERATED}.</li>
 * </ul>
 * 500 pairs run with the tests. A long run: {@code -Dstrata.diff.pairs=20000} (and
 * {@code -Dstrata.diff.seed=N} to start elsewhere); a failure names the seed of its pair.
 */
class DifferPropertyTest {

    private static final DiffDialect GENERIC = new DiffDialect() {
    };

    /** Variants the differ never returns from two realms, with why. */
    static final Map<Class<?>, String> NOT_GENERATED = Map.of(
            TableChange.RenameIndex.class, "index renames are never guessed and --rename names tables and columns");

    @Test
    void diffThenApplyGivesTheDesiredRealm() {
        int pairs = Integer.getInteger("strata.diff.pairs", 500);
        long seed = Long.getLong("strata.diff.seed", 20261206L);
        Set<Class<?>> seen = new HashSet<>();
        Realm empty = new Realm(List.of(), List.of(), List.of());
        for (int i = 0; i < pairs; i++) {
            long s = seed + i;
            RandomRealms g = new RandomRealms(s);
            Realm a = g.realm();
            RandomRealms.Mutated m = g.mutate(a);
            Realm b = m.realm();
            String where = "seed " + s + " (-Dstrata.diff.seed=" + s + " -Dstrata.diff.pairs=1)";
            assertEquals(List.of(), Consistency.problems(a), where);
            assertEquals(List.of(), Consistency.problems(b), where);
            assertEquals(List.of(), Differ.diff(a, a, GENERIC, DiffOptions.defaults()).changes(), where);
            // without the renames, a renamed column is dropped and added at the end
            check(a, b, DiffOptions.defaults(), false, where + " without renames", seen);
            check(a, b, DiffOptions.defaults().withRenames(m.renames()), true, where + " with renames " + m.renames(),
                    seen);
            try {
                assertEquals(b, ModelApply.apply(empty, Creation.of(b)), where + " creation");
            } catch (AssertionError e) {
                fail(where + " creation: " + e.getMessage(), e);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Class<?> sealed : List.of(Change.class, TableChange.class)) {
            for (Class<?> c : sealed.getPermittedSubclasses()) {
                if (!seen.contains(c) && !NOT_GENERATED.containsKey(c)) {
                    missing.add(c.getSimpleName());
                }
            }
        }
        if (pairs >= 500) {
            assertEquals(Set.of(), missing, "variants no generated pair produced");
        }
        assertTrue(Arrays.stream(TableChange.class.getPermittedSubclasses()).anyMatch(NOT_GENERATED::containsKey));
    }

    private static void check(Realm a, Realm b, DiffOptions options, boolean columnOrder, String where,
                              Set<Class<?>> seen) {
        DiffResult d = Differ.diff(a, b, GENERIC, options);
        assertEquals(d, Differ.diff(a, b, GENERIC, options), where + ": the same answer twice");
        Realm applied;
        try {
            applied = ModelApply.apply(a, d.changes(), columnOrder);
        } catch (AssertionError e) {
            throw new AssertionError(where + ": " + e.getMessage() + "\nA = " + a + "\nB = " + b + "\nchanges = "
                    + d.changes(), e);
        }
        if (!applied.equals(b)) {
            fail(where + ": applying the diff does not give B\n got  " + applied + "\n want " + b + "\nchanges = "
                    + d.changes());
        }
        for (Change c : d.changes()) {
            seen.add(c.getClass());
            if (c instanceof Change.ModifyTable m) {
                m.changes().forEach(t -> seen.add(t.getClass()));
            }
        }
    }
}
