package dev.strata.lint;

import java.util.List;

/** English lists of quoted names, as Atlas writes them: {@code "a", "b" and "c"}. */
final class Words {

    private Words() {
    }

    static String list(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(i == names.size() - 1 ? " and " : ", ");
            }
            b.append('"').append(names.get(i)).append('"');
        }
        return b.toString();
    }

    /** {@code "a", "b"} without a final "and", as MF101 lists an index's columns. */
    static String commas(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('"').append(names.get(i)).append('"');
        }
        return b.toString();
    }
}
