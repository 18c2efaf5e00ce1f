package dev.strata.cli;

import java.util.HashSet;
import java.util.Set;

/**
 * The release command's usual command line, {@code migrate apply} with a few flags, read without
 * picocli. picocli builds its model by reflection over the commands' annotations, and a cold JVM
 * pays for that on every start (JDK 25's AOT cache cannot keep the annotation proxies it makes):
 * most of a no-op apply's own time (bench/startup.md). Only lines whose meaning is beyond doubt are
 * read here; anything else ({@code --help}, {@code --env}, an amount, an unknown or repeated flag, a
 * value that looks like a flag or an {@code @file}) returns null and goes to picocli, so help text,
 * usage errors and the rarer flags stay exactly picocli's. LeanApplyProcessTest runs the command
 * lines of the CLI tests both ways and compares the output byte for byte.
 */
final class LeanApply {

    /** The system property that turns this path off ({@code -Dstrata.lean=off}): every line goes to picocli. */
    static final String SWITCH = "strata.lean";

    private LeanApply() {
    }

    /**
     * The command the line asks for, with its flags set as picocli would set them; null when the
     * line is not one this class reads.
     */
    static ApplyCommand parse(String[] args, Cli cli) {
        if ("off".equals(System.getProperty(SWITCH)) || args.length < 2 || !"migrate".equals(args[0])
                || !"apply".equals(args[1])) {
            return null;
        }
        ApplyCommand c = command(cli);
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!seen.add("-u".equals(name) ? "--url" : name)) {
                return null; // picocli's "should be specified only once"
            }
            if (isSwitch(name)) {
                if (value != null || !set(c, name)) {
                    return null;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
                if (value.startsWith("-")) {
                    return null; // picocli may take it for a flag
                }
            }
            if (value.isEmpty() || value.startsWith("@") || !set(c, name, value)) {
                return null;
            }
        }
        return c;
    }

    /** An apply command whose fields hold what picocli gives them when no flag is given. */
    private static ApplyCommand command(Cli cli) {
        ApplyCommand c = new ApplyCommand(cli);
        c.target = new TargetOptions();
        c.target.dir = new DirOptions();
        c.target.db = new DatabaseOptions();
        c.target.project = new ProjectOptions();
        c.format = new OutputFormat();
        c.fleet = new FleetOptions();
        c.txMode = "file"; // the option's defaultValue
        return c;
    }

    private static boolean isSwitch(String name) {
        return name.equals("--dry-run") || name.equals("--allow-dirty") || name.equals("--verify-applied")
                || name.equals("--debug");
    }

    private static boolean set(ApplyCommand c, String name) {
        switch (name) {
            case "--dry-run" -> c.dryRun = true;
            case "--allow-dirty" -> c.allowDirty = true;
            case "--verify-applied" -> c.verifyApplied = true;
            case "--debug" -> {
                // Read by Cli from the raw arguments, as for picocli's line.
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean set(ApplyCommand c, String name, String value) {
        switch (name) {
            case "-u", "--url" -> c.target.db.url = value;
            case "--dir" -> c.target.dir.dir = value;
            case "--revisions-schema" -> c.target.db.revisionsSchema = value;
            case "--format" -> c.format.format = value;
            case "--lock-timeout" -> c.lockTimeout = value;
            case "--baseline" -> c.baseline = value;
            case "--tx-mode" -> c.txMode = value;
            case "--exec-order" -> c.execOrder = value;
            case "--ddl-lock-timeout" -> c.ddlLockTimeout = value;
            case "--to-version" -> c.toVersion = value;
            default -> {
                return false;
            }
        }
        return true;
    }
}
