package dev.strata.schema.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order of {@link TopoOrder}: dependencies first, ties and cycles broken by the order given. */
class TopoOrderTest {

    @Test
    void dependenciesFirstTiesInTheOrderGiven() {
        Map<String, Set<String>> deps = Map.of("a", Set.of("c"), "b", Set.of(), "c", Set.of("d", "elsewhere"),
                "d", Set.of("d"));
        assertEquals(List.of("b", "d", "c", "a"), TopoOrder.sort(List.of("a", "b", "c", "d", "b"),
                n -> deps.getOrDefault(n, Set.of())), "unknown nodes, self-loops and repeats are ignored");
    }

    @Test
    void aCycleIsBrokenAtItsFirstNodeNotAtANodeThatOnlyWaitsOnIt() {
        // x waits on the cycle y -> z -> y, w on nothing: w, then y (x is not on the cycle), then x and z as given
        Map<String, Set<String>> deps = Map.of("x", Set.of("y"), "y", Set.of("z"), "z", Set.of("y"), "w", Set.of());
        assertEquals(List.of("w", "y", "x", "z"), TopoOrder.sort(List.of("x", "y", "z", "w"), deps::get));
    }

    @Test
    void aLongChainGivenInReverseAsksEachNodeOnce() {
        // t(i) depends on t(i-1), given from the last: the order a schema's foreign keys give its tables
        int n = 20_000;
        List<Integer> given = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            given.add(i);
        }
        AtomicInteger asked = new AtomicInteger();
        List<Integer> order = TopoOrder.sort(given, i -> {
            asked.incrementAndGet();
            return i == 0 ? Set.of() : Set.of(i - 1);
        });
        for (int i = 0; i < n; i++) {
            assertEquals(i, order.get(i));
        }
        assertEquals(n, asked.get());
    }

    /** The same order as the definition: repeatedly the first remaining node that waits on nothing (or lies on a cycle). */
    @Test
    void sameOrderAsTheDefinitionOnRandomGraphs() {
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(30);
            double density = random.nextDouble() * 0.2;
            Map<Integer, Set<Integer>> deps = new HashMap<>();
            List<Integer> given = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                given.add(random.nextInt(n + 3));
                Set<Integer> d = new HashSet<>();
                for (int j = 0; j < n + 3; j++) {
                    if (random.nextDouble() < density) {
                        d.add(j);
                    }
                }
                deps.put(i, d);
            }
            List<Integer> expected = definition(given, k -> deps.getOrDefault(k, Set.of()));
            assertEquals(expected, TopoOrder.sort(given, k -> deps.getOrDefault(k, Set.of())),
                    "round " + round + ": " + given + " " + deps);
            assertTrue(expected.size() <= n);
        }
    }

    private static <T> List<T> definition(List<T> nodes, Function<T, Set<T>> dependsOn) {
        List<T> remaining = new ArrayList<>(new LinkedHashSet<>(nodes));
        Set<T> members = new HashSet<>(remaining);
        Set<T> placed = new HashSet<>();
        List<T> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            T next = remaining.stream().filter(x -> waitsOn(x, dependsOn, members, placed).isEmpty()).findFirst()
                    .orElseGet(() -> remaining.stream().filter(x -> reaches(x, x, dependsOn, members, placed,
                            new HashSet<>())).findFirst().orElseThrow());
            remaining.remove(next);
            placed.add(next);
            out.add(next);
        }
        return out;
    }

    private static <T> Set<T> waitsOn(T n, Function<T, Set<T>> dependsOn, Set<T> members,
                                      Set<T> placed) {
        Set<T> w = new HashSet<>();
        for (T d : dependsOn.apply(n)) {
            if (!d.equals(n) && members.contains(d) && !placed.contains(d)) {
                w.add(d);
            }
        }
        return w;
    }

    private static <T> boolean reaches(T from, T target, Function<T, Set<T>> dependsOn,
                                       Set<T> members, Set<T> placed, Set<T> seen) {
        for (T d : waitsOn(from, dependsOn, members, placed)) {
            if (d.equals(target) || (seen.add(d) && reaches(d, target, dependsOn, members, placed, seen))) {
                return true;
            }
        }
        return false;
    }
}
