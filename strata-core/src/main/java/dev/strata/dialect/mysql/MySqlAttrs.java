package dev.strata.dialect.mysql;

import dev.strata.schema.AttrTarget;
import dev.strata.schema.DialectAttr;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** MySQL's and MariaDB's attributes that no other database has. */
public final class MySqlAttrs {

    private MySqlAttrs() {
    }

    /** The engines Atlas names with a bare word, by the name MySQL reports; others print as strings. */
    private static final Map<String, String> ENGINE_WORDS = Map.of("InnoDB", "InnoDB", "MyISAM", "MyISAM",
            "MEMORY", "Memory", "CSV", "CSV", "ndbcluster", "NDB");
    private static final Map<String, String> ENGINE_NAMES = Map.of("innodb", "InnoDB", "myisam", "MyISAM",
            "memory", "MEMORY", "csv", "CSV", "ndb", "ndbcluster", "ndbcluster", "ndbcluster");

    /** The default engine of every MySQL and MariaDB server since 5.5, which HCL files often name. */
    public static final Engine DEFAULT_ENGINE = new Engine("InnoDB");

    /**
     * A table's storage engine, when it is not the server's default.
     *
     * @param name the engine as MySQL reports it ({@code InnoDB}, {@code MyISAM}, {@code MEMORY})
     */
    public record Engine(String name) implements DialectAttr {
        public Engine {
            name = ENGINE_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        }

        @Override
        public String key() {
            return "engine";
        }

        @Override
        public Object value() {
            String word = ENGINE_WORDS.get(name);
            return word == null ? name : new Word(word);
        }
    }

    /**
     * A table's next {@code AUTO_INCREMENT} value.
     *
     * @param next the value
     */
    public record AutoIncrement(long next) implements DialectAttr {
        @Override
        public String key() {
            return "auto_increment";
        }

        @Override
        public Object value() {
            return next;
        }
    }

    /**
     * A column's {@code ON UPDATE} expression.
     *
     * @param expr the expression, such as {@code CURRENT_TIMESTAMP}
     */
    public record OnUpdate(String expr) implements DialectAttr {
        @Override
        public String key() {
            return "on_update";
        }

        @Override
        public Object value() {
            return new Sql(expr);
        }
    }

    /**
     * A FULLTEXT index's parser plugin.
     *
     * @param name the parser, such as {@code ngram}
     */
    public record IndexParser(String name) implements DialectAttr {
        @Override
        public String key() {
            return "parser";
        }

        @Override
        public Object value() {
            return name.equals("ngram") || name.equals("mecab") ? new Word(name) : name;
        }
    }

    /**
     * A primary key's index type when it is not BTREE.
     *
     * @param type the type in upper case, such as {@code HASH}
     */
    public record PrimaryKeyType(String type) implements DialectAttr {
        public PrimaryKeyType {
            type = type.toUpperCase(Locale.ROOT);
        }

        @Override
        public String key() {
            return "type";
        }

        @Override
        public Object value() {
            return new Word(type);
        }
    }

    /**
     * Reads the attribute {@code key} of a {@code target} back from its printed value into {@code into}.
     *
     * @return whether MySQL knows the attribute
     */
    public static boolean read(AttrTarget target, String key, Object value, List<DialectAttr> into) {
        DialectAttr attr = null;
        if (target == AttrTarget.TABLE && key.equals("engine")) {
            attr = new Engine(text(value));
            if (attr.equals(DEFAULT_ENGINE)) {
                return true; // The model leaves the server's default out; HCL cannot know the server.
            }
        } else if (target == AttrTarget.TABLE && key.equals("auto_increment")) {
            attr = new AutoIncrement(Long.parseLong(text(value)));
        } else if (target == AttrTarget.COLUMN && key.equals("on_update")) {
            attr = new OnUpdate(text(value));
        } else if (target == AttrTarget.INDEX && key.equals("parser")) {
            attr = new IndexParser(text(value));
        } else if (target == AttrTarget.PRIMARY_KEY && key.equals("type")) {
            if (text(value).equalsIgnoreCase("BTREE")) {
                return true;
            }
            attr = new PrimaryKeyType(text(value));
        }
        if (attr != null) {
            into.add(attr);
        }
        return attr != null;
    }

    private static String text(Object value) {
        if (value instanceof DialectAttr.Word w) {
            return w.word();
        }
        if (value instanceof DialectAttr.Sql s) {
            return s.sql();
        }
        return String.valueOf(value);
    }
}
