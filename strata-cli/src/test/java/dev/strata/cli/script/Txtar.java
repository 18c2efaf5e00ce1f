package dev.strata.cli.script;

import java.util.ArrayList;
import java.util.List;

/**
 * A txtar archive as testscript reads it: the text before the first {@code -- NAME --} line is the
 * script, and each marker starts a file running to the next marker. Only the last file can lack a
 * final newline in the archive, and it gets one, as Go's {@code txtar.Parse} does; every byte of a
 * file, blank lines before the next marker included, matters to a byte-exact {@code cmp}.
 */
record Txtar(String script, List<File> files) {

    /** One file of the archive; the name may contain {@code /}. */
    record File(String name, String data) {
    }

    private static final String MARKER = "-- ";
    private static final String MARKER_END = " --";

    Txtar {
        files = List.copyOf(files);
    }

    static Txtar parse(String text) {
        Split first = nextFile(text);
        List<File> files = new ArrayList<>();
        String name = first.name;
        String rest = first.after;
        while (name != null) {
            Split next = nextFile(rest);
            files.add(new File(name, next.before));
            name = next.name;
            rest = next.after;
        }
        return new Txtar(first.before, files);
    }

    /** The text before the next marker, that marker's name (null at the end) and the text after its line. */
    private record Split(String before, String name, String after) {
    }

    private static Split nextFile(String data) {
        int i = 0;
        while (true) {
            Split marker = marker(data, i);
            if (marker != null) {
                return marker;
            }
            int j = data.indexOf("\n" + MARKER, i);
            if (j < 0) {
                return new Split(data.isEmpty() || data.endsWith("\n") ? data : data + "\n", null, "");
            }
            i = j + 1;
        }
    }

    /** The marker line starting at {@code at}, or null when the line there is not one. */
    private static Split marker(String data, int at) {
        if (!data.startsWith(MARKER, at)) {
            return null;
        }
        int nl = data.indexOf('\n', at);
        String line = nl < 0 ? data.substring(at) : data.substring(at, nl);
        String after = nl < 0 ? "" : data.substring(nl + 1);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.length() < MARKER.length() + MARKER_END.length() || !line.endsWith(MARKER_END)) {
            return null;
        }
        String name = line.substring(MARKER.length(), line.length() - MARKER_END.length()).strip();
        return name.isEmpty() ? null : new Split(data.substring(0, at), name, after);
    }
}
