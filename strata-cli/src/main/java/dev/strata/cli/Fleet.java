package dev.strata.cli;

import dev.strata.StrataException;
import dev.strata.config.EnvConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a command once per instance of an environment. One instance runs as a plain command. Several
 * run one after another and stop at the first failure, as Atlas does; with {@code --parallel N}
 * they run N at a time, each report is printed whole when its instance ends, a failure does not
 * stop the others, and a summary line per instance closes the run.
 */
final class Fleet {

    /** One instance's run: prints its report on the terminal given and returns its summary cells. */
    interface Job {
        List<String> run(EnvConfig env, Terminal term);

        /** The summary cells of a run that failed, from what the failure knows. */
        default List<String> cellsOf(RuntimeException failure) {
            return List.of();
        }
    }

    private record Outcome(String label, List<String> cells, String error) {
    }

    private Fleet() {
    }

    /**
     * @param columns the summary's column names after the instance's
     * @return the exit code: 0 when every instance succeeded
     */
    static int run(Cli cli, List<EnvConfig> instances, FleetOptions options, List<String> columns, Job job) {
        Terminal term = cli.term();
        if (instances.isEmpty()) {
            term.println("No instances to run (the env's for_each is empty, or this shard has none)");
            return 0;
        }
        if (options.parallel == null) {
            if (instances.size() == 1) {
                job.run(instances.get(0), term);
                return 0;
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (EnvConfig env : instances) {
                header(term, env);
                outcomes.add(new Outcome(env.label(), job.run(env, term), null));
            }
            summary(term, columns, outcomes);
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallel, instances.size()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (EnvConfig env : instances) {
                futures.add(pool.submit(() -> runBuffered(cli, env, job)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            summary(term, columns, outcomes);
            return outcomes.stream().anyMatch(o -> o.error() != null) ? StrataException.EXIT_FAILURE : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StrataException("internal error: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome runBuffered(Cli cli, EnvConfig env, Job job) {
        Terminal buffer = cli.term().buffer();
        header(buffer, env);
        Outcome outcome;
        try {
            outcome = new Outcome(env == null ? "-" : env.label(), job.run(env, buffer), null);
        } catch (RuntimeException e) {
            cli.report(e, buffer);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            outcome = new Outcome(env == null ? "-" : env.label(), job.cellsOf(e), message);
        }
        cli.term().replay(buffer);
        return outcome;
    }

    private static void header(Terminal term, EnvConfig env) {
        if (env != null) {
            term.print("Tenant " + env.label() + ":\n");
        }
    }

    /** One aligned line per instance: its name, the command's cells, and ok or the error. */
    private static void summary(Terminal term, List<String> columns, List<Outcome> outcomes) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add("TENANT");
        head.addAll(columns);
        head.add("STATUS");
        rows.add(head);
        int failed = 0;
        for (Outcome o : outcomes) {
            List<String> row = new ArrayList<>();
            row.add(o.label());
            for (int i = 0; i < columns.size(); i++) {
                row.add(i < o.cells().size() ? o.cells().get(i) : "-");
            }
            if (o.error() == null) {
                row.add("ok");
            } else {
                failed++;
                String first = o.error().lines().findFirst().orElse("");
                row.add("failed: " + (first.length() > 160 ? first.substring(0, 160) + "..." : first));
            }
            rows.add(row);
        }
        int[] widths = new int[head.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size() - 1; i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder("\nTenants: ").append(outcomes.size() - failed).append(" ok, ")
                .append(failed).append(" failed\n");
        for (List<String> r : rows) {
            b.append(' ');
            for (int i = 0; i < r.size(); i++) {
                b.append(' ').append(i == r.size() - 1 ? r.get(i) : pad(r.get(i), widths[i]));
            }
            b.append('\n');
        }
        term.print(b.toString());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
