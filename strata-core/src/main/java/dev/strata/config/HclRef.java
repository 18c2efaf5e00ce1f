package dev.strata.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference to a block, such as {@code table.users.column.id}: the path of blocks from the
 * document's top to the one referred to.
 *
 * @param steps the blocks on the way, outermost first
 */
public record HclRef(List<Step> steps) {

    public HclRef {
        steps = List.copyOf(steps);
    }

    /**
     * One block on the path.
     *
     * @param type   its type
     * @param labels its labels as written
     * @param name   its final name (a {@code name} attribute may set it)
     */
    public record Step(String type, List<String> labels, String name) {
        public Step {
            labels = List.copyOf(labels);
        }
    }

    /** The last step: the block referred to. */
    public Step target() {
        return steps.get(steps.size() - 1);
    }

    HclRef child(Step step) {
        List<Step> s = new ArrayList<>(steps);
        s.add(step);
        return new HclRef(s);
    }

    /** As written in HCL: {@code table.users.column.id}, with {@code ["..."]} for names that are no identifiers. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(s.type());
            for (String l : s.labels()) {
                b.append(HclIdentifiers.isIdentifier(l) ? "." + l : "[\"" + l.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\"]");
            }
        }
        return b.toString();
    }
}
