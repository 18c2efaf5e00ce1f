package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.Generated;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;

/** DS101–DS103: dropping a schema, a table or a column loses the data in it. */
public final class Destructive implements Analyzer {

    public String name() {
        return "destructive";
    }

    public String heading() {
        return "destructive changes detected";
    }

    public boolean errorByDefault() {
        return true;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            int line = s.statement().line();
            for (Change c : s.changes()) {
                if (c instanceof Change.DropSchema d && !file.schemaCreatedBefore(i, d.dropped().name())) {
                    out.add(dropSchema(line, d, s));
                } else if (c instanceof Change.DropTable d && !file.schemaDropped(d.schema())
                        && !file.tableCreatedBefore(i, d.schema(), d.table().name())) {
                    out.add(new Diagnostic("DS102", line, "Dropping table " + q(d.table().name()),
                            List.of("Add a pre-migration check to ensure table " + q(d.table().name())
                                    + " is empty before dropping it")));
                } else if (c instanceof Change.ModifyTable m) {
                    dropColumns(file, i, m).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The table count comes from the schema before the statement: the differ empties a dropped schema first. */
    private static Diagnostic dropSchema(int line, Change.DropSchema d, StatementChanges s) {
        int tables = s.before().schema(d.dropped().name()).map(x -> x.tables().size()).orElse(d.dropped().tables().size());
        String text = "Dropping " + (tables == 0 ? "schema " + q(d.dropped().name())
                : "non-empty schema " + q(d.dropped().name()) + " with " + tables + (tables == 1 ? " table" : " tables"));
        return new Diagnostic("DS101", line, text);
    }

    private static java.util.Optional<Diagnostic> dropColumns(FileChanges file, int i, Change.ModifyTable m) {
        List<String> names = new ArrayList<>();
        for (TableChange tc : m.changes()) {
            if (tc instanceof TableChange.DropColumn d && !virtual(d.column())
                    && !file.columnCreatedBefore(i, m.schema(), m.from().name(), d.column().name())) {
                names.add(d.column().name());
            }
        }
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> order = m.from().columns().stream().map(Column::name).toList();
        names.sort(java.util.Comparator.comparingInt(order::indexOf));
        int line = file.statements().get(i).statement().line();
        String list = Words.list(names);
        String text = names.size() == 1 ? "Dropping non-virtual column " + list : "Dropping non-virtual columns " + list;
        String fix = names.size() == 1 ? "Add a pre-migration check to ensure column " + list + " is NULL before dropping it"
                : "Add a pre-migration check to ensure columns " + list + " are NULL before dropping them";
        return java.util.Optional.of(new Diagnostic("DS103", line, text, List.of(fix)));
    }

    private static boolean virtual(Column c) {
        return c.generated() != null && c.generated().storage() == Generated.Storage.VIRTUAL;
    }

    static String q(String name) {
        return "\"" + name + "\"";
    }
}
