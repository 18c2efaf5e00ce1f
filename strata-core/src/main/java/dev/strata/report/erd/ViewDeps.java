package dev.strata.report.erd;

import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.View;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and views a view reads, found in its definition by name. The model keeps a view as
 * the text the database prints, without a parsed dependency list, so this matches the names of
 * the realm's relations in that text, outside string literals: a qualified {@code s.t} only
 * when the realm has it, an unqualified name in the view's own schema first, then in the one
 * other schema that has it. A column named like a table counts too; the diagram accepts that.
 */
final class ViewDeps {

    // An identifier (plain, "quoted", `quoted` or [quoted]), optionally qualified by one more.
    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^\\]]+\\]|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final Pattern NAME = Pattern.compile("(" + IDENT + ")(?:\\s*\\.\\s*(" + IDENT + "))?");
    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

    private final Map<String, List<String>> schemasByName = new HashMap<>();

    ViewDeps(Realm realm) {
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) {
                schemasByName.computeIfAbsent(t.name(), k -> new java.util.ArrayList<>()).add(s.name());
            }
            for (View v : s.views()) {
                schemasByName.computeIfAbsent(v.name(), k -> new java.util.ArrayList<>()).add(s.name());
            }
        }
    }

    /** What the view reads, sorted, without itself. */
    Set<TableRef> of(String schema, View view) {
        Set<TableRef> out = new TreeSet<>();
        String text = STRING.matcher(view.definition()).replaceAll("''");
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '.') {
                continue;
            }
            TableRef ref = m.group(2) != null ? qualified(unquote(m.group(1)), unquote(m.group(2)))
                    : unqualified(schema, unquote(m.group(1)));
            if (ref != null && !(ref.schema().equals(schema) && ref.name().equals(view.name()))) {
                out.add(ref);
            }
        }
        return out;
    }

    private TableRef qualified(String schema, String name) {
        List<String> in = schemasByName.get(name);
        return in != null && in.contains(schema) ? new TableRef(schema, name) : null;
    }

    private TableRef unqualified(String schema, String name) {
        List<String> in = schemasByName.get(name);
        if (in == null) {
            return null;
        }
        if (in.contains(schema)) {
            return new TableRef(schema, name);
        }
        return in.size() == 1 ? new TableRef(in.get(0), name) : null;
    }

    private static String unquote(String ident) {
        char c = ident.charAt(0);
        if (c == '"') {
            return ident.substring(1, ident.length() - 1).replace("\"\"", "\"");
        }
        if (c == '`' || c == '[') {
            return ident.substring(1, ident.length() - 1);
        }
        return ident;
    }
}
