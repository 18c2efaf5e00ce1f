package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Help text wrapped at spaces only. picocli wraps with the JDK's line {@code BreakIterator}, which
 * breaks after a dot, a colon or a slash: {@code strata.} / {@code hcl}, {@code host:} /
 * {@code 5432}, {@code file:} / {@code //migrations}, and a name or URL pasted from help then
 * does not work (issue 20, item 13). So picocli lays each section out unwrapped (a width no line
 * reaches) and every line is wrapped here, at spaces, to {@link #WIDTH} columns, with picocli's
 * indentation: a list's continuation lines two columns right of its description column, the
 * synopsis's under its first option. A word longer than the line is left whole.
 */
final class SpaceWrappedHelp implements IHelpSectionRenderer {

    /** The width of help text, picocli's default. */
    static final int WIDTH = 80;

    /** A width picocli lays sections out in: wider than any line, so that picocli wraps none. */
    private static final int UNWRAPPED = 2000;

    /** Sections laid out as a label column and a description column. */
    private static final Set<String> LISTS = Set.of(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
            UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST,
            UsageMessageSpec.SECTION_KEY_AT_FILE_PARAMETER,
            UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS);

    /** A list line: indentation, a label, two or more spaces, the description. */
    private static final Pattern LABELLED = Pattern.compile("^\\s*\\S.*?\\s{2,}(?=\\S)");

    private final String section;
    private final IHelpSectionRenderer picocli;

    private SpaceWrappedHelp(String section, IHelpSectionRenderer picocli) {
        this.section = section;
        this.picocli = picocli;
    }

    /** Makes {@code cl} and the subcommands it has now print their help wrapped at spaces. */
    static void install(CommandLine cl) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        cl.getHelpSectionMap().forEach((key, renderer) -> sections.put(key, new SpaceWrappedHelp(key, renderer)));
        cl.setHelpSectionMap(sections);
        cl.setUsageHelpWidth(UNWRAPPED);
    }

    @Override
    public String render(Help help) {
        String text = picocli.render(help);
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length() + 64);
        String prefix = section.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS) ? lastLine(help.synopsisHeading()) : "";
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(System.lineSeparator());
                prefix = "";
            }
            wrap(prefix, lines[i], out);
        }
        return out.toString();
    }

    /**
     * Appends {@code line} wrapped. {@code prefix} is what stands before it on the screen (the
     * synopsis's {@code Usage: }, a heading of its own section): counted, not appended.
     */
    private void wrap(String prefix, String line, StringBuilder out) {
        String rest = prefix + line;
        if (rest.length() <= WIDTH) {
            out.append(line);
            return;
        }
        rest = rest.stripTrailing();
        int content = contentColumn(prefix, rest);
        int hang = LISTS.contains(section) ? content + 2 : content;
        int skip = prefix.length();
        while (rest.length() > WIDTH) {
            int at = breakAt(rest, content);
            if (at < 0) {
                break;
            }
            out.append(rest, skip, at).append(System.lineSeparator());
            rest = " ".repeat(hang) + rest.substring(at).stripLeading();
            content = hang;
            skip = 0;
        }
        out.append(rest, skip, rest.length());
    }

    /**
     * The space to break {@code line} at: the last one that keeps it within the width, else
     * the first (a word longer than the line stays whole); -1 if none. Not after a comment
     * marker ({@code -- strata:lock_timeout} is one directive), nor inside an Atlas template
     * ({@code '{{ sql . "  " }}'}).
     */
    private static int breakAt(String line, int content) {
        for (int at = line.lastIndexOf(' ', WIDTH); at > content; at = line.lastIndexOf(' ', at - 1)) {
            if (breakable(line, at)) {
                return at;
            }
        }
        for (int at = line.indexOf(' ', WIDTH); at >= 0; at = line.indexOf(' ', at + 1)) {
            if (breakable(line, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean breakable(String line, int space) {
        int word = line.lastIndexOf(' ', space - 1) + 1;
        return space > word && !line.substring(word, space).matches("['\"(]?--")
                && count(line, "{{", space) <= count(line, "}}", space);
    }

    /** How often {@code what} occurs in {@code line} before {@code end}. */
    private static int count(String line, String what, int end) {
        int n = 0;
        for (int at = line.indexOf(what); at >= 0 && at < end; at = line.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    /**
     * The column the wrappable text of a line starts at: after a list line's label, after the
     * synopsis's command name, else the line's indentation.
     */
    private int contentColumn(String prefix, String line) {
        int indent = line.length() - line.stripLeading().length();
        if (section.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
            int option = line.indexOf(" [", prefix.length());
            return option < 0 ? indent : option + 1;
        }
        if (LISTS.contains(section)) {
            Matcher m = LABELLED.matcher(line);
            return m.find() ? m.end() : indent;
        }
        return indent;
    }

    private static String lastLine(String text) {
        return text.substring(Math.max(text.lastIndexOf('\n') + 1, 0));
    }
}
