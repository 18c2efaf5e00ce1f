package dev.strata.cli.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** INDEX.tsv of Atlas's schema scripts: one row a script, with its purposes and where Atlas's gates let it run. */
record ScriptIndex(List<Row> rows) {

    /** One script: its path under {@code schema/}, purpose tags, and the y/n/- of each database column. */
    record Row(String file, Set<String> purposes, Map<String, String> columns) {

        boolean runsOn(String column) {
            return "y".equals(columns.get(column));
        }
    }

    ScriptIndex {
        rows = List.copyOf(rows);
    }

    static ScriptIndex read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int purposes = header.indexOf("purposes");
        List<Row> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            String[] cells = l.split("\t", -1);
            Map<String, String> columns = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.length; i++) {
                columns.put(header.get(i), cells[i]);
            }
            return new Row(cells[file], Set.of(cells[purposes].split(",")), columns);
        }).toList();
        return new ScriptIndex(rows);
    }

    /**
     * The scripts of one database: those of its folder whose column is {@code y}, and every
     * {@code historical/} script of that folder (their own {@code only} lines decide).
     */
    List<Row> selected(String folder, String column) {
        return rows.stream().filter(r -> (r.file().startsWith(folder + "/") && r.runsOn(column))
                || r.file().startsWith("historical/" + folder + "/")).toList();
    }

    /** The script's name: its file name without the extension ({@code .txtar}, or {@code .txt} for older ones). */
    static String name(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }
}
