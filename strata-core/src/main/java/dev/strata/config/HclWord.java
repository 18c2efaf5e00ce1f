package dev.strata.config;

/**
 * A bare word where the document's vocabulary allows one: {@code on_delete = CASCADE}, {@code type = int}.
 *
 * @param word the word
 */
public record HclWord(String word) {
    @Override
    public String toString() {
        return word;
    }
}
