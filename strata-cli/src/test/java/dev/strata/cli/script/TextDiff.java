package dev.strata.cli.script;

import java.util.List;

/** A line diff for failure messages: {@code -} lines only in the first text, {@code +} only in the second. */
final class TextDiff {

    private TextDiff() {
    }

    static String of(String nameA, String a, String nameB, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        // Longest common subsequence table, from the ends; the texts are small.
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder("--- ").append(nameA).append("\n+++ ").append(nameB).append('\n');
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                out.append("  ").append(x.get(i++)).append('\n');
                j++;
            } else if (j >= y.size() || (i < x.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append("- ").append(x.get(i++)).append('\n');
            } else {
                out.append("+ ").append(y.get(j++)).append('\n');
            }
        }
        return out.toString();
    }
}
