package dev.strata.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A schema (a MySQL database, SQLite's {@code main}) and what it holds, each list sorted by name.
 *
 * @param name      its name
 * @param comment   its comment, or null
 * @param charset   its default character set (MySQL), or null
 * @param collation its default collation (MySQL), or null
 * @param tables    its tables
 * @param views     its views and materialized views
 * @param routines  its functions and procedures, by kind, name and signature
 * @param triggers  its triggers, by table and name
 * @param sequences its sequences
 * @param types     its enum, domain and composite types
 * @param attrs     dialect-only attributes, sorted by key
 */
public record Schema(String name, String comment, String charset, String collation, List<Table> tables,
                     List<View> views, List<Routine> routines, List<Trigger> triggers, List<Sequence> sequences,
                     List<UserType> types, List<DialectAttr> attrs) {

    public Schema {
        Canon.require(name, "a schema's name");
        comment = Canon.text(comment);
        charset = Canon.text(charset);
        collation = Canon.text(collation);
        tables = Canon.sorted(tables, Comparator.comparing(Table::name));
        views = Canon.sorted(views, Comparator.comparing(View::name));
        routines = Canon.sorted(routines, Comparator.comparing(Routine::kind).thenComparing(Routine::name)
                .thenComparing(Routine::signature));
        triggers = Canon.sorted(triggers, Comparator.comparing(Trigger::table).thenComparing(Trigger::name));
        sequences = Canon.sorted(sequences, Comparator.comparing(Sequence::name));
        types = Canon.sorted(types, Comparator.comparing(UserType::name).thenComparing(UserType::kind));
        attrs = DialectAttr.canonical(attrs);
    }

    /** An empty schema. */
    public static Schema named(String name) {
        return new Schema(name, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Optional<View> view(String viewName) {
        return views.stream().filter(v -> v.name().equals(viewName)).findFirst();
    }

    public Optional<UserType> type(String typeName) {
        return types.stream().filter(t -> t.name().equals(typeName)).findFirst();
    }

    public Optional<Sequence> sequence(String sequenceName) {
        return sequences.stream().filter(s -> s.name().equals(sequenceName)).findFirst();
    }

    /** The routines of that name: several when PostgreSQL overloads it. */
    public List<Routine> routines(String routineName) {
        return routines.stream().filter(r -> r.name().equals(routineName)).toList();
    }

    /** The triggers on a table or view. */
    public List<Trigger> triggers(String tableName) {
        return triggers.stream().filter(t -> t.table().equals(tableName)).toList();
    }

    /**
     * This schema in the model's normal form for character sets: a table's charset and collation
     * left out where they are the schema's, a column's where they are its table's (its own, or else
     * the schema's). Inspectors, which read every value, and the HCL reader apply it.
     */
    public Schema withoutInheritedCharsets() {
        List<Table> out = new java.util.ArrayList<>(tables.size());
        for (Table t : tables) {
            String charset = t.charset() == null ? this.charset : t.charset();
            String collation = t.collation() == null ? this.collation : t.collation();
            List<Column> columns = t.columns().stream().map(c -> c.withCharset(inherited(c.charset(), charset))
                    .withCollation(inherited(c.collation(), collation))).toList();
            out.add(t.withCharset(inherited(t.charset(), this.charset)).withCollation(inherited(t.collation(),
                    this.collation)).withColumns(columns));
        }
        return withTables(out);
    }

    private static String inherited(String own, String inherited) {
        return own != null && own.equals(inherited) ? null : own;
    }

    public Schema withComment(String c) {
        return new Schema(name, c, charset, collation, tables, views, routines, triggers, sequences, types, attrs);
    }

    public Schema withCharset(String c) {
        return new Schema(name, comment, c, collation, tables, views, routines, triggers, sequences, types, attrs);
    }

    public Schema withCollation(String c) {
        return new Schema(name, comment, charset, c, tables, views, routines, triggers, sequences, types, attrs);
    }

    public Schema withTables(List<Table> t) {
        return new Schema(name, comment, charset, collation, t, views, routines, triggers, sequences, types, attrs);
    }

    public Schema withViews(List<View> v) {
        return new Schema(name, comment, charset, collation, tables, v, routines, triggers, sequences, types, attrs);
    }

    public Schema withRoutines(List<Routine> r) {
        return new Schema(name, comment, charset, collation, tables, views, r, triggers, sequences, types, attrs);
    }

    public Schema withTriggers(List<Trigger> t) {
        return new Schema(name, comment, charset, collation, tables, views, routines, t, sequences, types, attrs);
    }

    public Schema withSequences(List<Sequence> s) {
        return new Schema(name, comment, charset, collation, tables, views, routines, triggers, s, types, attrs);
    }

    public Schema withTypes(List<UserType> t) {
        return new Schema(name, comment, charset, collation, tables, views, routines, triggers, sequences, t, attrs);
    }

    public Schema withAttrs(List<DialectAttr> a) {
        return new Schema(name, comment, charset, collation, tables, views, routines, triggers, sequences, types, a);
    }
}
