package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlTokens.Kind;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;

/** Views and triggers from their {@code CREATE} text, the only place SQLite keeps them. */
final class ObjectText {

    private ObjectText() {
    }

    /** The view; its definition is the query after {@code AS}. */
    static View view(String name, String sql) {
        SqlTokens t = SqlTokens.of(sql);
        int as = t.find(0, t.size(), "AS");
        String query = as < 0 ? sql : sql.substring(t.get(as).end());
        return View.of(name, query.strip());
    }

    /** The trigger, read from its header; SQLite triggers are always FOR EACH ROW. */
    static Trigger trigger(String name, String table, String sql) {
        SqlTokens t = SqlTokens.of(sql);
        int i = t.find(0, t.size(), "TRIGGER") + 1;
        if (t.is(i, "IF")) {
            i += 3;
        }
        i++;
        if (i < t.size() && t.get(i).text().equals(".")) {
            i += 2;
        }
        Trigger.Timing timing = Trigger.Timing.BEFORE;
        if (t.is(i, "BEFORE") || t.is(i, "AFTER")) {
            timing = Trigger.Timing.valueOf(t.get(i).upper());
            i++;
        } else if (t.is(i, "INSTEAD")) {
            timing = Trigger.Timing.INSTEAD_OF;
            i += 2;
        }
        Trigger.Event event = t.is(i, "DELETE") ? Trigger.Event.DELETE
                : t.is(i, "INSERT") ? Trigger.Event.INSERT : Trigger.Event.UPDATE;
        i++;
        List<String> updateOf = new ArrayList<>();
        if (event == Trigger.Event.UPDATE && t.is(i, "OF")) {
            i++;
            while (i < t.size() && !t.is(i, "ON")) {
                if (t.get(i).kind() != Kind.COMMA) {
                    updateOf.add(t.get(i).value());
                }
                i++;
            }
        }
        String when = null;
        int whenAt = t.find(i, t.size(), "WHEN");
        int begin = t.find(i, t.size(), "BEGIN");
        if (whenAt >= 0 && (begin < 0 || whenAt < begin)) {
            when = t.text(whenAt + 1, begin < 0 ? t.size() : begin).strip();
        }
        return new Trigger(name, table, timing, List.of(event), updateOf, true, when, sql, null);
    }
}
