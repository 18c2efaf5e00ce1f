package dev.strata.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exhaustiveness on Java 17, where a {@code switch} over a sealed type is not checked by the
 * compiler: the test of a sealed root gives a sample of every variant and every function that
 * takes the root apart (a renderer, an evaluator, a DDL planner, an analyzer). A variant added
 * later without a sample, or a function that does nothing with one, fails the test.
 */
public final class Exhaustive {

    private Exhaustive() {
    }

    /**
     * @param root     a sealed interface or class
     * @param samples  one value of each variant (at least)
     * @param handlers each function by name; it must give a non-empty answer for every sample
     */
    public static <T> void check(Class<T> root, List<? extends T> samples, Map<String, Function<T, ?>> handlers) {
        assertThat(root.isSealed()).as(root + " is sealed").isTrue();
        Set<Class<?>> sampled = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).as("a sample of every variant of " + root.getName()
                + ": add one for each new variant, and teach every handler below about it")
                .containsExactlyInAnyOrderElementsOf(leaves(root));
        handlers.forEach((name, handler) -> {
            for (T sample : samples) {
                Object answer = handler.apply(sample);
                assertThat(answer).as(name + " handles " + sample).isNotNull();
                if (answer instanceof CharSequence s) {
                    assertThat(s).as(name + " says something for " + sample).isNotEmpty();
                }
            }
        });
    }

    /** The classes a value of the root can have: its permitted subclasses, through sealed ones. */
    static List<Class<?>> leaves(Class<?> root) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : root.getPermittedSubclasses()) {
            if (c.isSealed()) {
                out.addAll(leaves(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
