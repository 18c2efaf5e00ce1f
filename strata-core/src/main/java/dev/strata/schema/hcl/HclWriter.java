package dev.strata.schema.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
        /** Of a streamed document: where finished top-level blocks go; null for any other body. */
        private final Consumer<String> out;

        private Body() {
            this(null);
        }

        private Body(Consumer<String> out) {
            this.out = out;
        }

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
            flush();
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

        /**
         * Of a streamed document: renders what it holds and lets it go. Called as a block starts, so
         * the printers have finished the one before (they fill each block before adding the next),
         * and a run of attributes, whose alignment spans the run, always ends at a block anyway.
         */
        private void flush() {
            if (out != null && !items.isEmpty()) {
                StringBuilder b = new StringBuilder();
                render(b, "");
                items.clear();
                out.accept(b.toString());
            }
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

    /**
     * A document written as it is built: each top-level block goes to {@code out} as rendered text
     * once the next one starts, so the whole document is never held; {@link #finish} writes the last.
     */
    static Body streamed(Consumer<String> out) {
        return new Body(out);
    }

    /** Writes what a {@link #streamed} document still holds. */
    static void finish(Body document) {
        document.flush();
    }
}
