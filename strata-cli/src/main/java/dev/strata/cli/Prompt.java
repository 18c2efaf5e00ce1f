package dev.strata.cli;

import java.io.Console;
import java.util.Locale;

/**
 * Atlas's approval prompt of {@code schema apply} ("Are you sure?", Apply or Abort), as a line to
 * answer: Strata has no raw terminal mode, so the choice is typed ({@code apply} or {@code a};
 * anything else, or end of input, aborts).
 */
final class Prompt {

    private Prompt() {
    }

    /** Whether a person can answer: stdin and stdout are a terminal. */
    private static boolean interactive() {
        return System.console() != null;
    }

    /**
     * Whether the command may go on: {@code --auto-approve} given, or a person answered Apply. With
     * neither flag nor terminal, a usage error names the flags that would do.
     */
    static boolean approved(Terminal term, boolean autoApprove, String command) {
        if (autoApprove) {
            return true;
        }
        if (!interactive()) {
            throw new dev.strata.UsageException(command + " needs approval and no terminal can give it: pass"
                    + " --auto-approve (or --dry-run to only print the plan)");
        }
        return approve(term);
    }

    /** Asks on the terminal; true to apply. */
    static boolean approve(Terminal term) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        term.print("? Are you sure? [Apply/Abort]: ");
        String answer = console.readLine();
        if (answer == null) {
            term.print("\n");
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("apply") || a.equals("a");
    }
}
