package dev.strata.lint;

import java.util.List;

/**
 * One finding on one statement.
 *
 * @param code  Atlas's code ({@code DS102}) or Strata's own
 * @param line  the 1-based line where the statement starts
 * @param text  what the statement does to which object, and why it is a risk
 * @param fixes the safe alternatives, one sentence each; may be empty
 */
public record Diagnostic(String code, int line, String text, List<String> fixes) {

    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    public Diagnostic(String code, int line, String text) {
        this(code, line, text, List.of());
    }
}
