package dev.strata.cli;

import java.util.Map;

/** The {@code strata} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        System.exit(new Cli(Terminal.system(env), env).run(args));
    }
}
