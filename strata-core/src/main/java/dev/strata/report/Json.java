package dev.strata.report;

import dev.strata.text.JsonText;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A JSON writer for reports, producing what Go's {@code encoding/json} produces for Atlas's structs:
 * keys in declaration order, HTML-safe escapes for {@code <}, {@code >} and {@code &}, and times in
 * RFC 3339 with nanoseconds and the local offset. Output only; small enough not to warrant a library
 * on the start-up path of every command.
 */
final class Json {

    private final StringBuilder b = new StringBuilder();
    private boolean first = true;

    Json open() {
        comma();
        b.append('{');
        first = true;
        return this;
    }

    Json close() {
        b.append('}');
        first = false;
        return this;
    }

    Json openArray(String key) {
        key(key);
        b.append('[');
        first = true;
        return this;
    }

    Json closeArray() {
        b.append(']');
        first = false;
        return this;
    }

    Json openObject(String key) {
        key(key);
        b.append('{');
        first = true;
        return this;
    }

    Json field(String key, String value) {
        key(key);
        string(value);
        return this;
    }

    /** A string field Go leaves out when empty ({@code omitempty}). */
    Json fieldOmitEmpty(String key, String value) {
        return value == null || value.isEmpty() ? this : field(key, value);
    }

    Json field(String key, long value) {
        key(key);
        b.append(value);
        first = false;
        return this;
    }

    Json fieldOmitZero(String key, long value) {
        return value == 0 ? this : field(key, value);
    }

    Json field(String key, boolean value) {
        key(key);
        b.append(value);
        first = false;
        return this;
    }

    Json field(String key, Instant value) {
        return field(key, time(value));
    }

    Json raw(String key, String json) {
        key(key);
        b.append(json);
        first = false;
        return this;
    }

    Json value(String s) {
        comma();
        string(s);
        return this;
    }

    Json strings(String key, List<String> values) {
        openArray(key);
        values.forEach(this::value);
        return closeArray();
    }

    private void key(String key) {
        comma();
        string(key);
        b.append(':');
        first = true;
    }

    private void comma() {
        if (!first) {
            b.append(',');
        }
        first = false;
    }

    private void string(String s) {
        JsonText.quote(b, s);
        first = false;
    }

    /** Go's {@code time.RFC3339Nano}: trailing zeros of the fraction dropped, {@code Z} for UTC. */
    static String time(Instant t) {
        ZonedDateTime z = t.atZone(ZoneId.systemDefault());
        StringBuilder s = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", z.getYear(),
                z.getMonthValue(), z.getDayOfMonth(), z.getHour(), z.getMinute(), z.getSecond()));
        if (z.getNano() != 0) {
            String frac = String.format("%09d", z.getNano());
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(frac, 0, end);
        }
        int offset = z.getOffset().getTotalSeconds();
        if (offset == 0) {
            return s.append('Z').toString();
        }
        int abs = Math.abs(offset);
        return s.append(String.format("%s%02d:%02d", offset < 0 ? "-" : "+", abs / 3600, abs / 60 % 60)).toString();
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
