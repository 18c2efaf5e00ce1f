package dev.strata.cli;

import java.util.Arrays;
import java.util.Map;

/** The {@code strata} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        System.exit(run(args, Terminal.system(env), env));
    }

    /** Runs one command line; returns its exit code. */
    static int run(String[] args, Terminal term, Map<String, String> env) {
        if (!Arrays.asList(args).contains("--debug")) {
            // MariaDB Connector/J logs connection failures to stderr itself; Strata reports them as one line.
            System.setProperty("mariadb.logging.disable", "true");
            // sqlite-jdbc logs through java.util.logging, with stack traces, when racing processes clean up
            // each other's extracted native library; the command owns stderr.
            java.util.logging.LogManager.getLogManager().reset();
        }
        return new Cli(term, env).run(args);
    }
}
