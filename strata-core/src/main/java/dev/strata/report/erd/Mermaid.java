package dev.strata.report.erd;

import dev.strata.schema.Column;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;

/**
 * A realm as a Mermaid {@code erDiagram}, as Atlas's {@code schema inspect --format '{{ mermaid . }}'}
 * prints it: one entity per table with a line per column ({@code type name [PK|FK|PK,FK]}, spaces
 * turned into underscores), then one relationship line per foreign key of that table, with the
 * cardinality following from the keys at both ends. Tables are qualified by their schema when the
 * realm has more than one. Views, indexes, checks and comments are not part of Atlas's diagram.
 */
public final class Mermaid {

    private Mermaid() {
    }

    /** The diagram, ending with a newline. */
    public static String render(Realm realm) {
        boolean qualify = realm.schemas().size() > 1;
        StringBuilder b = new StringBuilder("erDiagram\n");
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) {
                b.append("    ").append(entity(s.name(), t.name(), qualify)).append(" {\n");
                for (Column c : t.columns()) {
                    b.append("      ").append(nospace(c.type().raw())).append(' ').append(nospace(c.name()));
                    String keys = keys(t, c.name());
                    if (!keys.isEmpty()) {
                        b.append(' ').append(keys);
                    }
                    b.append('\n');
                }
                b.append("    }\n");
                for (ForeignKey fk : t.foreignKeys()) {
                    b.append("    ").append(ident(s.name(), t.name(), qualify)).append(' ')
                            .append(cardinality(realm, t, fk)).append(' ')
                            .append(ident(fk.refTable().schema(), fk.refTable().name(), qualify)).append(" : ")
                            // SQLite's unnamed keys: Mermaid needs a label, and "" is its empty one.
                            .append(fk.name() == null ? "\"\"" : fk.name()).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String entity(String schema, String table, boolean qualify) {
        return qualify ? ident(schema, table, true) + "[\"" + schema + "." + table + "\"]" : table;
    }

    private static String ident(String schema, String table, boolean qualify) {
        return qualify ? schema + "_" + table : table;
    }

    private static String keys(Table t, String column) {
        boolean pk = Keys.inPrimaryKey(t, column);
        boolean fk = Keys.inForeignKey(t, column);
        return pk && fk ? "PK,FK" : pk ? "PK" : fk ? "FK" : "";
    }

    /**
     * {@code }o--o{} for many-to-many, with a {@code |} at the child's end when its columns are
     * unique (one-to-one) and at the parent's end when the referenced columns are (the usual case).
     */
    private static String cardinality(Realm realm, Table child, ForeignKey fk) {
        TableRef ref = fk.refTable();
        boolean parentUnique = realm.table(ref).map(p -> Keys.unique(p, fk.refColumns())).orElse(false);
        return (Keys.unique(child, fk.columns()) ? "|" : "}") + "o--o" + (parentUnique ? "|" : "{");
    }

    private static String nospace(String s) {
        return s.replace(' ', '_');
    }
}
