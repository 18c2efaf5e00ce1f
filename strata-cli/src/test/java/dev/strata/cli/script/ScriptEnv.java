package dev.strata.cli.script;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of one script and testscript's expansion of {@code $NAME} and {@code ${NAME}}
 * (Go's {@code os.Expand}): an unset variable expands to nothing, {@code $$} is a dollar (testscript
 * defines the variable {@code $}), and a {@code $} followed by nothing that names a variable stays.
 */
final class ScriptEnv {

    private final Map<String, String> vars = new LinkedHashMap<>();

    ScriptEnv set(String name, String value) {
        vars.put(name, value);
        return this;
    }

    String get(String name) {
        return vars.getOrDefault(name, "");
    }

    Map<String, String> asMap() {
        return Map.copyOf(vars);
    }

    String expand(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '$' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            Name name = name(s, i + 1);
            if (name.text.isEmpty() && name.width == 0) {
                out.append('$');
            } else if (!name.text.isEmpty()) {
                out.append(get(name.text));
            }
            i += 1 + name.width;
        }
        return out.toString();
    }

    /** A variable name after a {@code $} and how many characters it spans (os.Expand's getShellName). */
    private record Name(String text, int width) {
    }

    private static Name name(String s, int at) {
        char c = s.charAt(at);
        if (c == '{') {
            if (at + 1 < s.length() && isSpecial(s.charAt(at + 1)) && at + 2 < s.length()
                    && s.charAt(at + 2) == '}') {
                return new Name(s.substring(at + 1, at + 2), 3);
            }
            int close = s.indexOf('}', at + 1);
            if (close < 0) {
                return new Name("", 1); // bad syntax: eat the "{"
            }
            if (close == at + 1) {
                return new Name("", 2); // "${}": eat it
            }
            return new Name(s.substring(at + 1, close), close - at + 1);
        }
        if (isSpecial(c)) {
            return new Name(String.valueOf(c), 1);
        }
        int end = at;
        while (end < s.length() && isAlphaNum(s.charAt(end))) {
            end++;
        }
        return new Name(s.substring(at, end), end - at);
    }

    private static boolean isSpecial(char c) {
        return "*#$@!?-".indexOf(c) >= 0 || (c >= '0' && c <= '9');
    }

    private static boolean isAlphaNum(char c) {
        return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
