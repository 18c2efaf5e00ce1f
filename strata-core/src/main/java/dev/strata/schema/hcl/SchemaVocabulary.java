package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;

import java.util.List;
import java.util.Set;

/**
 * Where Atlas's schema language allows bare words ({@code on_delete = CASCADE}) and types
 * ({@code type = varchar(255)}), and which block types a reference may name.
 */
final class SchemaVocabulary implements HclDocument.Vocabulary {

    static final SchemaVocabulary INSTANCE = new SchemaVocabulary();

    static final Set<String> TOP_LEVEL = Set.of("schema", "table", "view", "materialized", "enum", "domain",
            "composite", "sequence", "function", "procedure", "trigger", "policy", "extension");

    private static final Set<String> TYPE_ATTRIBUTES = Set.of("type", "return");
    private static final Set<String> WORD_ATTRIBUTES = Set.of("on_update", "on_delete", "generated", "engine", "parser",
            "ops", "check_option", "lang", "mode", "for", "as", "to");

    private SchemaVocabulary() {
    }

    @Override
    public Set<String> blockTypes() {
        return TOP_LEVEL;
    }

    @Override
    public HclDocument.Scope scope(List<String> blockPath, String attribute) {
        if (TYPE_ATTRIBUTES.contains(attribute)) {
            return HclDocument.Scope.TYPES;
        }
        return WORD_ATTRIBUTES.contains(attribute) ? HclDocument.Scope.WORDS : HclDocument.Scope.PLAIN;
    }
}
