package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How a command runs over the instances of a {@code for_each} environment: in parallel, and which shard. */
final class FleetOptions {

    @Option(names = "--parallel", paramLabel = "N",
            description = "Run N instances of a for_each env at a time; a failing one does not stop the others.")
    Integer parallel;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Take the instances whose position (in order of their names) modulo N is K.")
    String shard;

    @Option(names = "--shards", paramLabel = "N",
            description = "Like --shard, with K from JOB_COMPLETION_INDEX (a Kubernetes Indexed Job).")
    Integer shards;

    /** The instances this process takes: all, or one shard of them in the stable order of their names. */
    List<EnvConfig> select(List<EnvConfig> instances, Map<String, String> environment) {
        if (parallel != null && parallel < 1) {
            throw new UsageException("invalid value for --parallel: " + parallel + " (at least 1)");
        }
        if (parallel != null && !instances.isEmpty()
                && instances.stream().allMatch(e -> e == null || e.instance() == null)) {
            throw new UsageException("--parallel needs --env with a for_each environment (it runs its instances side"
                    + " by side)");
        }
        if (shard == null && shards == null) {
            return instances;
        }
        if (shard != null && shards != null) {
            throw new UsageException("--shard and --shards are mutually exclusive");
        }
        int k;
        int n;
        if (shard != null) {
            String[] parts = shard.split("/", -1);
            try {
                k = Integer.parseInt(parts[0]);
                n = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
            } catch (NumberFormatException e) {
                n = -1;
                k = -1;
            }
            if (parts.length != 2 || n < 1 || k < 0 || k >= n) {
                throw new UsageException("invalid value for --shard: \"" + shard + "\" (expected K/N with 0 <= K < N)");
            }
        } else {
            n = shards;
            String index = environment.get("JOB_COMPLETION_INDEX");
            if (n < 1) {
                throw new UsageException("invalid value for --shards: " + n + " (at least 1)");
            }
            try {
                k = Integer.parseInt(index == null ? "" : index.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--shards needs JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job),"
                        + " got " + (index == null ? "nothing" : "\"" + index + "\""));
            }
            if (k < 0 || k >= n) {
                throw new UsageException("JOB_COMPLETION_INDEX " + k + " is outside --shards " + n);
            }
        }
        if (instances.size() == 1 && instances.get(0) == null) {
            throw new UsageException("--shard needs --env with a for_each environment");
        }
        List<EnvConfig> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparing(EnvConfig::label));
        List<EnvConfig> mine = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % n == k) {
                mine.add(sorted.get(i));
            }
        }
        return mine;
    }
}
