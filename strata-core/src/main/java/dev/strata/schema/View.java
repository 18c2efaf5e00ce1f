package dev.strata.schema;

import java.util.Comparator;
import java.util.List;

/**
 * A view or a materialized view.
 *
 * @param name         its name
 * @param definition   the query as the database returns it (trimmed, LF line ends)
 * @param checkOption  {@code WITH [LOCAL|CASCADED] CHECK OPTION}
 * @param materialized a materialized view
 * @param columns      its columns, in order, when the inspector reads them
 * @param indexes      a materialized view's indexes, sorted by name
 * @param comment      its comment, or null
 * @param attrs        dialect-only attributes, sorted by key
 */
public record View(String name, String definition, CheckOption checkOption, boolean materialized,
                   List<Column> columns, List<Index> indexes, String comment, List<DialectAttr> attrs) {

    public enum CheckOption { NONE, LOCAL, CASCADED }

    public View {
        Canon.require(name, "a view's name");
        definition = Canon.definition(definition);
        if (definition == null) {
            throw new IllegalArgumentException("view \"" + name + "\" has no definition");
        }
        checkOption = checkOption == null ? CheckOption.NONE : checkOption;
        columns = Canon.list(columns);
        indexes = Canon.sorted(indexes, Comparator.comparing(Index::name));
        comment = Canon.text(comment);
        attrs = DialectAttr.canonical(attrs);
    }

    public static View of(String name, String definition) {
        return new View(name, definition, CheckOption.NONE, false, List.of(), List.of(), null, List.of());
    }

    public View withCheckOption(CheckOption o) {
        return new View(name, definition, o, materialized, columns, indexes, comment, attrs);
    }

    public View withMaterialized(boolean m) {
        return new View(name, definition, checkOption, m, columns, indexes, comment, attrs);
    }

    public View withColumns(List<Column> c) {
        return new View(name, definition, checkOption, materialized, c, indexes, comment, attrs);
    }

    public View withIndexes(List<Index> i) {
        return new View(name, definition, checkOption, materialized, columns, i, comment, attrs);
    }

    public View withComment(String c) {
        return new View(name, definition, checkOption, materialized, columns, indexes, c, attrs);
    }

    public View withAttrs(List<DialectAttr> a) {
        return new View(name, definition, checkOption, materialized, columns, indexes, comment, a);
    }
}
