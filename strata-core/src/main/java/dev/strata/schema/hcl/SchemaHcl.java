package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.Realm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Atlas's HCL schema language for the model: printing a realm as {@code schema inspect} does, and
 * reading schema files back into a realm (the desired state of {@code schema apply}). Reading what
 * was printed gives an equal realm.
 */
public final class SchemaHcl {

    private SchemaHcl() {
    }

    /**
     * The realm as HCL, in Atlas's layout.
     *
     * @param dialect the dialect's name ({@code postgres}, {@code mysql}, {@code mariadb}, {@code sqlite3})
     */
    public static String print(Realm realm, String dialect) {
        StringBuilder b = new StringBuilder();
        print(realm, dialect, b::append);
        return b.toString();
    }

    /** The same text handed on in parts as it is laid out (a top-level block each), never held whole. */
    public static void print(Realm realm, String dialect, Consumer<String> out) {
        new HclPrinter(realm, SchemaDialects.typeNames(dialect), out).print();
    }

    /**
     * Reads schema files (or the {@code *.hcl} files of directories) as one document.
     *
     * @param vars the values of the files' {@code variable} blocks, as {@code --var} gives them
     * @throws dev.strata.config.ConfigException with {@code file:line:col} for any error
     */
    public static Realm read(List<Path> paths, Map<String, List<String>> vars, String dialect) {
        return read(HclDocument.read(paths), vars, dialect);
    }

    /** Reads a parsed document. */
    public static Realm read(HclDocument document, Map<String, List<String>> vars, String dialect) {
        return new HclReader(SchemaDialects.normalize(dialect)).read(document.evaluate(vars, SchemaVocabulary.INSTANCE));
    }
}
