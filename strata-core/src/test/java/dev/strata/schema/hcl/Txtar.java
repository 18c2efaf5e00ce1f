package dev.strata.schema.hcl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A txtar archive of Atlas's test scripts: the script, then files, each starting at a line
 * {@code -- NAME --} and running to the next.
 *
 * @param script the text before the first file
 * @param files  the files by name, in order
 */
record Txtar(String script, Map<String, String> files) {

    private static final Pattern MARKER = Pattern.compile("(?m)^-- (\\S.*?) --$\\n?");

    static Txtar read(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Matcher m = MARKER.matcher(text);
        Map<String, String> files = new LinkedHashMap<>();
        String script = null;
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name == null) {
                script = text.substring(0, m.start());
            } else {
                files.put(name, text.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end();
        }
        if (name == null) {
            return new Txtar(text, files);
        }
        files.put(name, text.substring(start));
        return new Txtar(script, files);
    }

    /** The script's {@code $db}: {@code script_} and the file name, dashes as underscores. */
    static String db(Path p) {
        String n = p.getFileName().toString().replaceFirst("\\.(txtar|txt)$", "");
        return "script_" + n.replace('-', '_');
    }
}
