package dev.strata.cli.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script line into words as testscript does: words are separated by spaces, tabs and
 * carriage returns; {@code #} outside quotes ends the line; single quotes group and turn off
 * expansion, {@code ''} inside them is one quote; everything else is expanded from the script's
 * variables. Double quotes are plain characters.
 */
final class ScriptWords {

    private ScriptWords() {
    }

    static List<String> split(String line, ScriptEnv env) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1; // where the current unexpanded or quoted chunk starts, -1 when not in a word
        boolean quoted = false;
        for (int i = 0; ; i++) {
            boolean end = i >= line.length();
            if (!quoted && (end || isSeparator(line.charAt(i)))) {
                if (start >= 0) {
                    word.append(env.expand(line.substring(start, i)));
                    words.add(word.toString());
                    word.setLength(0);
                    start = -1;
                }
                if (end || line.charAt(i) == '#') {
                    return words;
                }
                continue;
            }
            if (end) {
                throw new IllegalArgumentException("unterminated quoted argument");
            }
            if (line.charAt(i) == '\'') {
                if (!quoted) {
                    if (start >= 0) {
                        word.append(env.expand(line.substring(start, i)));
                    }
                    start = i + 1;
                    quoted = true;
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    word.append(line, start, i + 1);
                    start = i + 2;
                    i++;
                } else {
                    word.append(line, start, i);
                    start = i + 1;
                    quoted = false;
                }
                continue;
            }
            if (start < 0) {
                start = i;
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '#';
    }
}
