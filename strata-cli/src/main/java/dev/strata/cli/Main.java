package dev.strata.cli;

import java.util.Map;

/** The {@code strata} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (!java.util.Arrays.asList(args).contains("--debug")) {
            // MariaDB Connector/J logs connection failures to stderr itself; Strata reports them as one line.
            System.setProperty("mariadb.logging.disable", "true");
        }
        Map<String, String> env = System.getenv();
        System.exit(new Cli(Terminal.system(env), env).run(args));
    }
}
