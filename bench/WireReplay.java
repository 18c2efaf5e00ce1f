import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a process sent to the database, as {@code strace -f -xx -s 100000000 -e trace=write,...}
 * recorded it, into a script for the database's own client that sends the same SQL in the same round
 * trips: {@code java bench/WireReplay.java mariadb|postgres PORT STRACE > replay.sql}.
 *
 * <p>bench/fresh-floor.sh uses it to feed {@code mariadb} and {@code psql} the statements a Strata
 * run sent, its revision records included, taken from the wire rather than written by hand.
 * <ul>
 *   <li>MariaDB: every {@code COM_QUERY} of one socket write is one command of the client, ended by
 *       a delimiter of its own ({@code DELIMITER}), so a write that held several statements (a record,
 *       {@code COMMIT} and a DDL statement) is sent as one multi-statement query again.</li>
 *   <li>PostgreSQL: pgjdbc's extended protocol (Parse, Bind, Execute, Sync) becomes text: each
 *       executed statement with its bound values written as literals, the statements of one socket
 *       write joined by psql's {@code \;}, which sends them in one query message.</li>
 * </ul>
 * The connection's start-up (handshake, authentication, start-up parameters) is left out: the
 * client makes its own.
 *
 * <p>With a 4th argument {@code jdbc} it writes the same round trips for bench/floor/ReplayFloor.java
 * instead: each one's SQL ended by a NUL byte (MariaDB: the query as sent; PostgreSQL: the statements
 * joined by {@code ;\n}, which pgjdbc splits again and sends up to one Sync), so a JVM replays them
 * with one {@code Statement.execute} each.
 */
public class WireReplay {

    private static final Pattern WRITE = Pattern.compile(
            "(?:write|sendto|writev|sendmsg)\\(\\d+<TCP(?:v6)?:\\[\\S*->\\S*:(\\d+)\\]>, \\[?\\{?(?:iov_base=)?\"((?:\\\\x[0-9a-f]{2})*)\"");

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 4 && args[3].equals("jdbc"))) {
            System.err.println("usage: java bench/WireReplay.java mariadb|postgres PORT STRACE [jdbc]");
            System.exit(2);
        }
        String port = args[1];
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        java.util.Set<Integer> writeEnds = new java.util.HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.ISO_8859_1)) {
            Matcher m = WRITE.matcher(line);
            if (m.find() && m.group(1).equals(port)) {
                sent.writeBytes(hex(m.group(2)));
                writeEnds.add(sent.size());
            }
        }
        byte[] stream = sent.toByteArray();
        Format format = args.length == 4 ? Format.JDBC : Format.CLIENT;
        String script = args[0].equals("postgres") ? postgres(stream, writeEnds, format) : mariadb(stream, format);
        System.out.print(script);
    }

    /** What one round trip becomes: a command of the database's client, or a record for a JDBC Statement. */
    enum Format {
        CLIENT, JDBC;

        /** The end of one round trip's record, which no SQL holds. */
        static final char END = '\0';

        static String record(String sql) {
            if (sql.indexOf(END) >= 0) {
                throw new IllegalStateException("a statement holds a NUL byte");
            }
            return sql + END;
        }
    }

    private static byte[] hex(String escaped) {
        byte[] b = new byte[escaped.length() / 4];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(escaped.substring(i * 4 + 2, i * 4 + 4), 16);
        }
        return b;
    }

    /** One client command per {@code COM_QUERY}: each is one round trip, whatever it holds. */
    static String mariadb(byte[] w, Format format) {
        String delimiter = "$$wire$$";
        StringBuilder out = new StringBuilder(format == Format.JDBC ? "" : "DELIMITER " + delimiter + "\n");
        int at = 0;
        while (at + 4 <= w.length) {
            int len = (w[at] & 0xff) | (w[at + 1] & 0xff) << 8 | (w[at + 2] & 0xff) << 16;
            int seq = w[at + 3] & 0xff;
            if (seq == 0 && len > 0 && w[at + 4] == 0x03) { // COM_QUERY; the handshake's packets are not
                String command = new String(w, at + 5, len - 1, StandardCharsets.UTF_8);
                if (format == Format.JDBC) {
                    out.append(Format.record(command));
                } else if (command.contains(delimiter)) {
                    throw new IllegalStateException("a statement holds the delimiter " + delimiter);
                } else {
                    out.append(command).append(delimiter).append('\n');
                }
            }
            at += 4 + len;
        }
        return format == Format.JDBC ? out.toString() : out.append("DELIMITER ;\n").toString();
    }

    /**
     * One query message per round trip that executes statements: up to a Sync, or up to a simple
     * query that ends a socket write (pgjdbc sends its {@code BEGIN} as a simple query in the same
     * write as the statement that follows, without waiting for its answer).
     */
    static String postgres(byte[] w, java.util.Set<Integer> writeEnds, Format format) {
        Map<String, String[]> parsed = new HashMap<>(); // statement name -> {text, type oids...}
        Map<String, String> portals = new HashMap<>();
        StringBuilder out = new StringBuilder();
        List<String> statements = new ArrayList<>();
        // The start-up message has no type byte; the messages that follow have one.
        int at = int32(w, 0);
        while (at + 5 <= w.length) {
            char type = (char) w[at];
            int len = int32(w, at + 1);
            Reader r = new Reader(w, at + 5);
            switch (type) {
                case 'P' -> {
                    String name = r.cstring();
                    String text = r.cstring();
                    int n = r.int16();
                    String[] entry = new String[n + 1];
                    entry[0] = text;
                    for (int i = 0; i < n; i++) {
                        entry[i + 1] = Integer.toString(r.int32());
                    }
                    parsed.put(name, entry);
                }
                case 'B' -> {
                    String portal = r.cstring();
                    String[] statement = parsed.get(r.cstring());
                    int nf = r.int16();
                    int[] formats = new int[nf];
                    for (int i = 0; i < nf; i++) {
                        formats[i] = r.int16();
                    }
                    int np = r.int16();
                    String text = statement[0];
                    String[] values = new String[np];
                    for (int i = 0; i < np; i++) {
                        int vlen = r.int32();
                        int valueFormat = nf == 0 ? 0 : nf == 1 ? formats[0] : formats[i];
                        String oid = i + 1 < statement.length ? statement[i + 1] : "0";
                        values[i] = vlen < 0 ? "NULL" : literal(r.bytes(vlen), valueFormat, oid);
                    }
                    portals.put(portal, substitute(text, values));
                }
                case 'E' -> statements.add(portals.get(new Reader(w, at + 5).cstring()));
                case 'Q' -> {
                    statements.add(r.cstring());
                    if (writeEnds.contains(at + 1 + len)) {
                        flush(statements, out, format);
                    }
                }
                case 'S' -> flush(statements, out, format);
                default -> { } // Describe, Flush, Close, Terminate: nothing the replay sends.
            }
            at += 1 + len;
        }
        flush(statements, out, format);
        return out.toString();
    }

    private static void flush(List<String> statements, StringBuilder out, Format format) {
        if (!statements.isEmpty()) {
            List<String> trimmed = statements.stream().map(s -> s.strip().replaceAll(";+$", "")).toList();
            out.append(format == Format.JDBC ? Format.record(String.join(";\n", trimmed))
                    : String.join(" \\;\n", trimmed) + ";\n");
            statements.clear();
        }
    }

    /** Replaces $1..$n, highest first so that $1 does not eat the start of $10. */
    private static String substitute(String text, String[] values) {
        for (int i = values.length; i >= 1; i--) {
            text = text.replace("$" + i, values[i - 1].replace("$", "$\u0000")); // a $ in a value stays a $
        }
        return text.replace("$\u0000", "$");
    }

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    /** A bound value as a literal of the type the statement was parsed with. */
    private static String literal(byte[] v, int format, String oid) {
        String text;
        if (format == 0) {
            text = new String(v, StandardCharsets.UTF_8);
        } else {
            long micros;
            switch (oid) {
                case "20" -> text = Long.toString(long64(v));
                case "23" -> text = Integer.toString(int32(v, 0));
                case "21" -> text = Short.toString((short) ((v[0] & 0xff) << 8 | v[1] & 0xff));
                case "16" -> text = v[0] != 0 ? "true" : "false";
                case "1114", "1184" -> {
                    micros = long64(v);
                    Instant epoch2000 = Instant.parse("2000-01-01T00:00:00Z");
                    text = TIMESTAMP.format(epoch2000.plusNanos(micros * 1000));
                }
                case "25", "1043", "114", "3802", "0" -> text = new String(v, StandardCharsets.UTF_8);
                default -> throw new IllegalStateException("binary parameter of type oid " + oid);
            }
        }
        String quoted = "'" + text.replace("'", "''") + "'";
        return oid.equals("0") ? quoted : quoted + "::" + switch (oid) {
            case "20" -> "int8";
            case "23" -> "int4";
            case "21" -> "int2";
            case "16" -> "bool";
            case "1114" -> "timestamp";
            case "1184" -> "timestamptz";
            case "25" -> "text";
            case "1043" -> "varchar";
            case "114" -> "json";
            case "3802" -> "jsonb";
            default -> throw new IllegalStateException("parameter of type oid " + oid);
        };
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    private static long long64(byte[] b) {
        return (long) int32(b, 0) << 32 | int32(b, 4) & 0xffffffffL;
    }

    /** Reads the fields of one message. */
    private static final class Reader {
        private final byte[] b;
        private int at;

        Reader(byte[] b, int at) {
            this.b = b;
            this.at = at;
        }

        String cstring() {
            int end = at;
            while (b[end] != 0) {
                end++;
            }
            String s = new String(b, at, end - at, StandardCharsets.UTF_8);
            at = end + 1;
            return s;
        }

        int int16() {
            int v = (short) ((b[at] & 0xff) << 8 | b[at + 1] & 0xff);
            at += 2;
            return v;
        }

        int int32() {
            int v = WireReplay.int32(b, at);
            at += 4;
            return v;
        }

        byte[] bytes(int n) {
            byte[] v = java.util.Arrays.copyOfRange(b, at, at + n);
            at += n;
            return v;
        }
    }
}
