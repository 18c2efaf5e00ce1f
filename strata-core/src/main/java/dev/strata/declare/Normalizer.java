package dev.strata.declare;

import dev.strata.StrataException;
import dev.strata.devdb.DevDatabase;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.Inspector;
import dev.strata.dialect.Session;
import dev.strata.migrate.lex.GoQuote;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.diff.Renaming;

import java.sql.SQLException;
import java.util.List;

/**
 * Brings a realm read from HCL into the database's normal form, as Atlas's {@code NormalizeRealm}:
 * created on the empty dev database and inspected back, so that what the database rewrites (type
 * spellings, default expressions, implicit indexes) compares equal to an inspected database. A
 * realm of one schema for a dev database bound to a schema is created in the bound schema and
 * named back afterwards.
 */
final class Normalizer {

    private Normalizer() {
    }

    static Realm normalize(DevDatabase dev, Realm realm, String bound) {
        if (realm.schemas().isEmpty()) {
            return realm;
        }
        Session s = dev.session();
        boolean inBound = bound != null;
        Schema original = inBound ? realm.schemas().get(0) : null;
        Realm created = inBound ? realm.withSchemas(List.of(Renaming.rebind(original, bound))) : realm;
        DdlPlan plan;
        Inspector inspector;
        try {
            plan = s.dialect().ddlPlanner(s).plan(Declarative.creationChanges(created, inBound),
                    Declarative.options(inBound, ""));
            inspector = s.dialect().inspector(s);
        } catch (UnsupportedOperationException e) {
            // The dialect cannot plan or inspect yet: the HCL reader's normal form is the best there is.
            return realm;
        }
        dev.reset();
        try {
            for (DdlStatement st : plan.statements()) {
                try {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    throw new StrataException("normalizing the schema on the dev database: executing statement: "
                            + GoQuote.string(st.sql()) + ": " + s.errorText(e), e);
                }
            }
            InspectScope scope = inBound ? InspectScope.schema(bound)
                    : InspectScope.realm().withSchemas(realm.schemas().stream().map(Schema::name).toList());
            Realm back = inspector.inspect(scope.withRevisions(true));
            if (!inBound) {
                return back;
            }
            Schema renamed = Renaming.rebind(back.schemas().get(0), original.name())
                    .withComment(original.comment()).withCharset(original.charset())
                    .withCollation(original.collation());
            return back.withSchemas(List.of(renamed));
        } catch (SQLException e) {
            throw new StrataException("inspecting the dev database: " + s.errorText(e), e);
        } finally {
            dev.reset();
        }
    }
}
