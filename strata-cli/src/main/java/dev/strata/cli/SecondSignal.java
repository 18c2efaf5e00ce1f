package dev.strata.cli;

/**
 * A second SIGINT or SIGTERM while the shutdown hook waits for a run to stop halts the JVM at once:
 * the person pressing Ctrl-C again means it. The JVM's own handlers would only start the shutdown
 * already under way. Uses {@code sun.misc.Signal} (module jdk.unsupported); where it is missing, a
 * second signal waits like the first.
 */
final class SecondSignal {

    private SecondSignal() {
    }

    static void haltOnNext() {
        try {
            for (String name : new String[] {"INT", "TERM"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name),
                        s -> Runtime.getRuntime().halt(128 + s.getNumber()));
            }
        } catch (LinkageError | IllegalArgumentException e) {
            // No sun.misc.Signal in this runtime, or no such signal on this system.
        }
    }
}
