package dev.strata.cli;

import dev.strata.ConnectAhead;
import dev.strata.StrataException;
import dev.strata.migrate.ChecksumException;
import dev.strata.migrate.adopt.AdoptRefusedException;
import dev.strata.migrate.exec.AmbiguousRevisionsException;
import dev.strata.report.ChecksumReport;
import dev.strata.text.Nearest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs one command line: parses it with picocli, runs the command, and turns every failure into
 * one {@code Error:} line on stderr and the exit code of the design's table (1 when the work
 * failed, 2 when the command could not start). A stack trace is printed only with {@code --debug}.
 */
final class Cli {

    private final Terminal term;
    private final Map<String, String> env;
    private boolean debug;

    Cli(Terminal term, Map<String, String> env) {
        this.term = term;
        this.env = env;
    }

    Terminal term() {
        return term;
    }

    Map<String, String> env() {
        return env;
    }

    int run(String[] args) {
        debug = Arrays.asList(args).contains("--debug");
        ApplyCommand lean = LeanApply.parse(args, this);
        if (lean != null) {
            // The release command's connection is what a no-op waits for: start it now.
            try (ConnectAhead ahead = ConnectAhead.start(lean.target.db.url)) {
                lean.connectAhead = ahead;
                return runLean(lean);
            }
        }
        CommandLine cl = CommandTree.build(args, factory());
        cl.setOut(new PrintWriter(term.outStream(), true));
        cl.setErr(new PrintWriter(term.errStream(), true));
        cl.setParameterExceptionHandler(this::onUsageError);
        cl.setExecutionExceptionHandler(this::onFailure);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return report(e, term);
        }
    }

    /** Runs a command {@link LeanApply} read, with the failure handling picocli's line has below. */
    private int runLean(ApplyCommand command) {
        try {
            return command.call();
        } catch (OutOfMemoryError | StackOverflowError | Exception e) {
            return report(e, term);
        }
    }

    /** Makes the command objects, handing each this command line. */
    CommandLine.IFactory factory() {
        return new CommandFactory(this);
    }

    private int onUsageError(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        term.error(usageMessage(e, command) + " (see '" + command + " --help')");
        return StrataException.EXIT_USAGE;
    }

    private static String usageMessage(ParameterException e, String command) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            // A typo gets the nearest name, as cobra's "Did you mean this?" in Atlas.
            CommandSpec spec = u.getCommandLine().getCommandSpec();
            List<String> known = new ArrayList<>(spec.subcommands().keySet());
            spec.options().stream().filter(o -> !o.hidden()).forEach(o -> known.addAll(Arrays.asList(o.names())));
            String suggestion = Nearest.of(first.split("=", 2)[0], known).map(n -> "; did you mean \"" + n + "\"?")
                    .orElse("");
            if (first.startsWith("-")) {
                return "unknown flag: " + first + suggestion;
            }
            if (!u.getCommandLine().getSubcommands().isEmpty()) {
                return "unknown command \"" + first + "\" for \"" + command + "\"" + suggestion;
            }
            return "unexpected argument \"" + first + "\"";
        }
        String m = e.getMessage();
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private int onFailure(Exception e, CommandLine cl, ParseResult parsed) {
        return report(e, term);
    }

    /**
     * Prints a failure on a terminal: Atlas's explanation on stdout where it has one (a checksum
     * error, an ambiguous revisions table), then the one {@code Error:} line.
     *
     * @return the exit code it maps to
     */
    int report(Throwable e, Terminal on) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChecksumException c) {
                on.print(ChecksumReport.text(c, on, "strata migrate hash"));
                break;
            }
            if (t instanceof AdoptRefusedException a) {
                on.print(a.report());
                break;
            }
            if (t instanceof AmbiguousRevisionsException) {
                on.print(AmbiguousRevisionsException.EXPLANATION);
                break;
            }
        }
        if (e instanceof StrataException s) {
            if (s.getMessage() != null && !s.getMessage().isEmpty()) {
                on.error(s.getMessage());
            }
            printTrace(e, on);
            return s.exitCode();
        }
        on.error(e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + "): give Strata a larger heap,"
                + " e.g. STRATA_JAVA_OPTS=-Xmx2g with strata/bin/strata, or java -Xmx2g -jar"
                : e instanceof StackOverflowError ? "stack overflow: a statement nests too deeply; give Strata a larger"
                + " stack, e.g. STRATA_JAVA_OPTS=-Xss64m with strata/bin/strata, or java -Xss64m -jar"
                : "internal error: " + e + (debug ? "" : " (run with --debug for details)"));
        printTrace(e, on);
        return StrataException.EXIT_FAILURE;
    }

    private void printTrace(Throwable e, Terminal on) {
        if (debug) {
            StringBuilderWriter trace = new StringBuilderWriter();
            e.printStackTrace(new PrintWriter(trace, true));
            on.notice(trace.toString().stripTrailing());
        }
    }

    /** Builds command objects, handing each the running command line. */
    private record CommandFactory(Cli cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Cli.class).newInstance(cli);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder b = new StringBuilder();

        @Override
        public void write(char[] c, int off, int len) {
            b.append(c, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
