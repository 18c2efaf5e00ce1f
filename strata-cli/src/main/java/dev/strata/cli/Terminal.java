package dev.strata.cli;

import dev.strata.report.Style;
import dev.strata.url.DatabaseUrl;
import dev.strata.url.Secrets;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the command writes: stdout for the report, stderr for errors and notices, both UTF-8.
 * Every write passes through the redaction of known secrets, so a password can reach neither
 * stream whatever path the text took. Colour is used only on a terminal and never with NO_COLOR.
 */
final class Terminal implements Style {

    private static final String CYAN = "\u001b[36m";
    private static final String YELLOW = "\u001b[33m";
    private static final String HI_GREEN = "\u001b[92m";
    private static final String HI_RED = "\u001b[91m";
    private static final String RED_BACKGROUND = "\u001b[97;101m";
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean color;
    private final Secrets secrets;
    private final ByteArrayOutputStream outBuffer;
    private final ByteArrayOutputStream errBuffer;

    Terminal(OutputStream out, OutputStream err, boolean color) {
        this(out, err, color, null, null, new Secrets());
    }

    private Terminal(OutputStream out, OutputStream err, boolean color, ByteArrayOutputStream outBuffer,
                     ByteArrayOutputStream errBuffer, Secrets secrets) {
        this.secrets = secrets;
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, false, StandardCharsets.UTF_8);
        this.color = color;
        this.outBuffer = outBuffer;
        this.errBuffer = errBuffer;
    }

    /**
     * A terminal that holds what is written to it, with this one's colour and secrets, so a
     * tenant's report can be printed whole once it is complete.
     */
    Terminal buffer() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        return new Terminal(o, e, color, o, e, secrets.copy());
    }

    /** Writes what a {@link #buffer()} holds, stdout part then stderr part. */
    synchronized void replay(Terminal buffered) {
        out.write(buffered.outBuffer.toByteArray(), 0, buffered.outBuffer.size());
        out.flush();
        err.write(buffered.errBuffer.toByteArray(), 0, buffered.errBuffer.size());
        err.flush();
    }

    /** A terminal on the process streams, with colour when stdout is an interactive terminal. */
    static Terminal system(Map<String, String> env) {
        boolean tty = System.console() != null;
        boolean color = tty && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        return new Terminal(System.out, System.err, color);
    }

    /** Parses a database URL, registering its password first so no output can carry it. */
    synchronized DatabaseUrl parseUrl(String raw) {
        return secrets.parse(raw);
    }

    synchronized String redact(String s) {
        return secrets.scrub(s);
    }

    /** The length of the longest secret redacted, 0 with none (see {@link TextStream}). */
    synchronized int longestSecret() {
        return secrets.longest();
    }

    /** Writes report text to stdout and flushes it, so a long run shows its progress as it goes. */
    void print(String s) {
        out.print(redact(s));
        out.flush();
    }

    void println(String s) {
        print(s + "\n");
    }

    /** Writes a notice line to stderr. */
    void notice(String s) {
        err.print(redact(s) + "\n");
        err.flush();
    }

    /** Writes the one-line error, Atlas-style: {@code Error: <message>}. */
    void error(String message) {
        notice("Error: " + message);
    }

    @Override
    public String cyan(String s) {
        return color ? CYAN + s + RESET : s;
    }

    @Override
    public String yellow(String s) {
        return color ? YELLOW + s + RESET : s;
    }

    @Override
    public String green(String s) {
        return color ? HI_GREEN + s + RESET : s;
    }

    @Override
    public String red(String s) {
        return color ? HI_RED + s + RESET : s;
    }

    @Override
    public String redBackground(String s) {
        return color ? RED_BACKGROUND + s + RESET : s;
    }

    PrintStream errStream() {
        return err;
    }

    PrintStream outStream() {
        return out;
    }
}
