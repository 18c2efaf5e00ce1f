package dev.strata.config;

import dev.strata.config.Hcl.Body;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An HCL document of blocks, one file or several read as one (Atlas's schema files): parsed with
 * the project file's parser and evaluated with its evaluator, without knowing what the blocks
 * mean. {@code variable} blocks take the caller's values, {@code locals} may refer to each other,
 * blocks with {@code for_each} are repeated, and any block can be referred to by its path
 * ({@code table.users.column.id}); a {@link Vocabulary} says where bare words and type calls
 * ({@code type = varchar(255)}) are allowed.
 */
public final class HclDocument {

    /** What a bare name or an unknown call means at one attribute. */
    public enum Scope {
        /** Only references, variables and functions. */
        PLAIN,
        /** Also bare words, as {@link HclWord}: {@code on_delete = CASCADE}. */
        WORDS,
        /** Also bare words and calls of unknown names, as {@link HclCall}: {@code type = varchar(255)}. */
        TYPES
    }

    /** The document's language: which top-level block types exist, and where words and types go. */
    public interface Vocabulary {
        /** Plain HCL: every block type may be referred to, no words or types anywhere. */
        Vocabulary PLAIN = new Vocabulary() {
            @Override
            public Set<String> blockTypes() {
                return Set.of();
            }

            @Override
            public Scope scope(List<String> blockPath, String attribute) {
                return Scope.PLAIN;
            }
        };

        /** Top-level block types a reference may name even when the document has none of them. */
        Set<String> blockTypes();

        /**
         * What bare names mean in an attribute.
         *
         * @param blockPath the types of the enclosing blocks, outermost first ({@code [table, column]})
         * @param attribute the attribute's name ({@code type})
         */
        Scope scope(List<String> blockPath, String attribute);
    }

    /** One parsed file. */
    record Source(String name, Body body) {
    }

    private final List<Source> files;

    private HclDocument(List<Source> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Reads HCL files: each path is a file, or a directory whose {@code *.hcl} files are read (not
     * its subdirectories). Files are taken in the order of their names, as Atlas does.
     *
     * @throws ConfigException for a missing path, an unreadable file or a syntax error
     */
    public static HclDocument read(List<Path> paths) {
        List<Path> all = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".hcl") && Files.isRegularFile(f))
                            .forEach(all::add);
                } catch (IOException e) {
                    throw new ConfigException(p + ": cannot list: " + e.getMessage());
                }
            } else {
                all.add(p);
            }
        }
        all.sort(Comparator.comparing(Path::toString));
        List<Source> sources = new ArrayList<>();
        for (Path p : all) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new ConfigException("schema file \"" + p + "\" was not found");
            } catch (IOException e) {
                throw new ConfigException(p + ": cannot read: " + e.getMessage());
            }
            sources.add(new Source(p.toString(), HclParser.parse(text, p.toString())));
        }
        return new HclDocument(sources);
    }

    /** A document of one file's text, named {@code name} in messages. */
    public static HclDocument parse(String name, String text) {
        return new HclDocument(List.of(new Source(name, HclParser.parse(text, name))));
    }

    /** The files' names, in the order they are read. */
    public List<String> files() {
        return files.stream().map(Source::name).toList();
    }

    /**
     * Evaluates the document.
     *
     * @param vars the values of {@code variable} blocks by name; a repeated name gives a list
     * @return the top-level blocks other than {@code variable} and {@code locals}, files in order
     * @throws ConfigException naming file, line and column for any error
     */
    public List<HclBlock> evaluate(Map<String, List<String>> vars, Vocabulary vocabulary) {
        return new DocumentEvaluator(files, vocabulary).evaluate(vars);
    }
}
