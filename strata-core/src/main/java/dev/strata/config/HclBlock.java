package dev.strata.config;

import java.util.List;

/**
 * An evaluated block of an HCL document: its attributes' values and its nested blocks.
 *
 * @param type       the block type ({@code table})
 * @param labels     its labels ({@code "s1" "users"})
 * @param name       its name: the {@code name} attribute when it sets one, else the last label (null without labels)
 * @param attributes its attributes in source order, without those set to null and without {@code for_each}
 * @param blocks     its nested blocks in source order
 * @param pos        where it starts
 */
public record HclBlock(String type, List<String> labels, String name, List<HclAttribute> attributes,
                       List<HclBlock> blocks, HclPosition pos) {

    public HclBlock {
        labels = List.copyOf(labels);
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** The attribute {@code attributeName}, or null. */
    public HclAttribute attribute(String attributeName) {
        for (HclAttribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return a;
            }
        }
        return null;
    }

    /** The nested blocks of a type. */
    public List<HclBlock> blocks(String blockType) {
        return blocks.stream().filter(b -> b.type().equals(blockType)).toList();
    }

    /** An error at this block: {@code file:line:col: message}. */
    public ConfigException error(String message) {
        return pos.error(message);
    }
}
