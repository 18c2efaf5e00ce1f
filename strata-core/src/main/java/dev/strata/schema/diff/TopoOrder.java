package dev.strata.schema.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A deterministic topological order: each node after the nodes it depends on, ties kept in the
 * order given. When every remaining node waits on another (a cycle), the first remaining node that
 * lies on a cycle goes next, so a node that merely depends on a cycle is not the one that breaks it.
 * Quadratic, which is nothing for the few hundred objects of a schema.
 */
final class TopoOrder {

    private TopoOrder() {
    }

    /**
     * Orders the nodes.
     *
     * @param nodes     the nodes in their preferred order; equal nodes are one node
     * @param dependsOn the nodes a node must follow; nodes not in {@code nodes} and the node itself are ignored
     */
    static <T> List<T> sort(List<T> nodes, Function<T, Set<T>> dependsOn) {
        List<T> remaining = new ArrayList<>(new LinkedHashSet<>(nodes));
        Set<T> members = new HashSet<>(remaining);
        Set<T> placed = new HashSet<>();
        List<T> out = new ArrayList<>(remaining.size());
        while (!remaining.isEmpty()) {
            T next = null;
            for (T n : remaining) {
                if (waitsOn(n, dependsOn, members, placed).isEmpty()) {
                    next = n;
                    break;
                }
            }
            if (next == null) {
                for (T n : remaining) {
                    if (onCycle(n, dependsOn, members, placed)) {
                        next = n;
                        break;
                    }
                }
            }
            if (next == null) {
                next = remaining.get(0); // unreachable: a stuck set always holds a cycle
            }
            remaining.remove(next);
            placed.add(next);
            out.add(next);
        }
        return out;
    }

    private static <T> Set<T> waitsOn(T n, Function<T, Set<T>> dependsOn, Set<T> members, Set<T> placed) {
        Set<T> w = new HashSet<>();
        for (T d : dependsOn.apply(n)) {
            if (!d.equals(n) && members.contains(d) && !placed.contains(d)) {
                w.add(d);
            }
        }
        return w;
    }

    private static <T> boolean onCycle(T start, Function<T, Set<T>> dependsOn, Set<T> members, Set<T> placed) {
        Deque<T> todo = new ArrayDeque<>(waitsOn(start, dependsOn, members, placed));
        Set<T> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            T n = todo.pop();
            if (n.equals(start)) {
                return true;
            }
            if (seen.add(n)) {
                todo.addAll(waitsOn(n, dependsOn, members, placed));
            }
        }
        return false;
    }
}
