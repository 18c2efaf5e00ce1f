package dev.strata.cli;

import java.util.function.Consumer;

/**
 * Report text that comes in parts (a statement, a block), written to stdout in batches of about
 * 64 KiB as it comes, so a large schema's text is never held whole. The redaction stays that of the
 * whole text: each batch is redacted with the tail of the one before, and the last characters of a
 * batch, one fewer than the longest secret, wait for the next, so a secret split between two parts
 * is still caught.
 */
final class TextStream implements Consumer<String>, AutoCloseable {

    private static final int BATCH = 1 << 16;

    private final Terminal term;
    private final StringBuilder pending = new StringBuilder();

    TextStream(Terminal term) {
        this.term = term;
    }

    @Override
    public void accept(String part) {
        pending.append(part);
        if (pending.length() >= BATCH) {
            write(Math.max(0, term.longestSecret() - 1));
        }
    }

    /** Writes what is left. */
    @Override
    public void close() {
        write(0);
    }

    private void write(int holdBack) {
        String text = term.redact(pending.toString());
        int cut = text.length() - Math.min(holdBack, text.length());
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // the two halves of a character are encoded together
        }
        pending.setLength(0);
        pending.append(text, cut, text.length());
        if (cut > 0) {
            term.print(text.substring(0, cut));
        }
    }
}
