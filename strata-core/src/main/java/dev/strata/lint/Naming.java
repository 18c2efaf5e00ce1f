package dev.strata.lint;

import dev.strata.config.LintBlock.NamingRule;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * NM101–NM106 (Atlas's codes, from its historical naming analyzer): a schema, table, column, index,
 * foreign key or check the file creates or renames whose name does not match the project file's
 * {@code lint { naming { match = "..." message = "..." index { ... } } }} rule for its kind (else the
 * block's own rule). Only names the file gives are checked; names the database makes up (SQLite's
 * {@code sqlite_autoindex_*}, an unnamed check) are not.
 */
public final class Naming implements Analyzer {

    private final Map<String, NamingRule> rules;

    /** @param rules by kind, {@code ""} for the default, as {@link dev.strata.config.LintBlock#naming()} */
    public Naming(Map<String, NamingRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public String name() {
        return "naming";
    }

    public String heading() {
        return "naming violations detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (StatementChanges s : file.statements()) {
            int line = s.statement().line();
            for (Change c : s.changes()) {
                if (c instanceof Change.AddSchema a) {
                    check(out, line, "NM101", "schema", "Schema", a.created().name());
                } else if (c instanceof Change.AddTable a) {
                    table(out, line, a.table());
                } else if (c instanceof Change.RenameTable r) {
                    check(out, line, "NM102", "table", "Table", r.to().name());
                } else if (c instanceof Change.ModifyTable m) {
                    for (TableChange tc : m.changes()) {
                        tableChange(out, line, tc);
                    }
                }
            }
        }
        return out;
    }

    private void table(List<Diagnostic> out, int line, Table t) {
        check(out, line, "NM102", "table", "Table", t.name());
        for (Column c : t.columns()) {
            check(out, line, "NM103", "column", "Column", c.name());
        }
        for (Index i : t.indexes()) {
            check(out, line, "NM104", "index", "Index", i.name());
        }
        for (ForeignKey fk : t.foreignKeys()) {
            check(out, line, "NM105", "foreign_key", "Foreign key", fk.name());
        }
        for (Check k : t.checks()) {
            check(out, line, "NM106", "check", "Check", k.name());
        }
    }

    private void tableChange(List<Diagnostic> out, int line, TableChange tc) {
        if (tc instanceof TableChange.AddColumn a) {
            check(out, line, "NM103", "column", "Column", a.column().name());
        } else if (tc instanceof TableChange.RenameColumn r) {
            check(out, line, "NM103", "column", "Column", r.to().name());
        } else if (tc instanceof TableChange.AddIndex a) {
            check(out, line, "NM104", "index", "Index", a.index().name());
        } else if (tc instanceof TableChange.RenameIndex r) {
            check(out, line, "NM104", "index", "Index", r.to().name());
        } else if (tc instanceof TableChange.AddForeignKey a) {
            check(out, line, "NM105", "foreign_key", "Foreign key", a.key().name());
        } else if (tc instanceof TableChange.AddCheck a) {
            check(out, line, "NM106", "check", "Check", a.check().name());
        }
    }

    private void check(List<Diagnostic> out, int line, String code, String kind, String what, String name) {
        NamingRule rule = rules.getOrDefault(kind, rules.get(""));
        if (rule == null || name == null || name.isEmpty() || name.startsWith("sqlite_autoindex_")
                || Pattern.compile(rule.match()).matcher(name).find()) {
            return;
        }
        String why = rule.message() == null || rule.message().isEmpty() ? "must match " + rule.match() : rule.message();
        out.add(new Diagnostic(code, line, what + " named " + Destructive.q(name) + " violates the naming policy: " + why));
    }
}
