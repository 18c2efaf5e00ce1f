package dev.strata.schema.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays HCL out as Go's {@code hclwrite} formats Atlas's output: two spaces per level, every label
 * quoted, an empty block as {@code {} on two lines, and the {@code =} of consecutive attributes
 * aligned (a nested block ends the run; a heredoc does not, hclwrite sees it as one token).
 */
final class HclWriter {

    private HclWriter() {
    }

    /** The attributes and blocks of a block, or of the document. */
    static final class Body {
        private final List<Object> items = new ArrayList<>();

        /** Adds {@code name = value}, the value already in HCL syntax (see {@link HclTokens}). */
        Body attr(String name, String value) {
            items.add(new Attr(name, value));
            return this;
        }

        /** Adds {@code name = "value"} when the value is not null. */
        Body text(String name, String value) {
            return value == null ? this : attr(name, HclTokens.string(value));
        }

        /** Adds a nested block and returns its body. */
        Body block(String type, List<String> labels) {
            Body body = new Body();
            items.add(new Block(type, List.copyOf(labels), body));
            return body;
        }

        Body block(String type, String... labels) {
            return block(type, List.of(labels));
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        private void render(StringBuilder out, String indent) {
            int i = 0;
            while (i < items.size()) {
                if (items.get(i) instanceof Block b) {
                    renderBlock(b, out, indent);
                    i++;
                    continue;
                }
                int end = i;
                int width = 0;
                while (end < items.size() && items.get(end) instanceof Attr a) {
                    width = Math.max(width, a.name().length());
                    end++;
                }
                for (int k = i; k < end; k++) {
                    Attr a = (Attr) items.get(k);
                    out.append(indent).append(a.name()).append(" ".repeat(width - a.name().length())).append(" = ")
                            .append(a.value()).append('\n');
                }
                i = end;
            }
        }

        private static void renderBlock(Block b, StringBuilder out, String indent) {
            out.append(indent).append(b.type());
            for (String l : b.labels()) {
                out.append(' ').append(HclTokens.string(l));
            }
            out.append(" {\n");
            b.body().render(out, indent + "  ");
            out.append(indent).append("}\n");
        }
    }

    private record Attr(String name, String value) {
    }

    private record Block(String type, List<String> labels, Body body) {
    }

    /** The document's text, ending with one newline. */
    static String render(Body document) {
        StringBuilder out = new StringBuilder();
        document.render(out, "");
        return out.toString();
    }
}
