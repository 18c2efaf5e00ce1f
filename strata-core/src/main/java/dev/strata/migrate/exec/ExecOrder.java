package dev.strata.migrate.exec;

import dev.strata.UsageException;

/** What to do with files added before the last applied one ({@code --exec-order}). */
public enum ExecOrder {
    /** Refuse them: the history must be linear (the default). */
    LINEAR("linear"),
    /** Skip them for good. */
    LINEAR_SKIP("linear-skip"),
    /** Run them first. */
    NON_LINEAR("non-linear");

    private final String flag;

    ExecOrder(String flag) {
        this.flag = flag;
    }

    /** The spelling of {@code --exec-order}: {@code linear}, {@code linear-skip} or {@code non-linear}. */
    public String flag() {
        return flag;
    }

    /** Parses the flag's spelling, or Atlas's project-file enum ({@code LINEAR_SKIP}). */
    public static ExecOrder parse(String s) {
        String normalized = s.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (ExecOrder o : values()) {
            if (o.flag.equals(normalized)) {
                return o;
            }
        }
        throw new UsageException("unknown execution order: \"" + s + "\" (expected linear, linear-skip or non-linear)");
    }
}
