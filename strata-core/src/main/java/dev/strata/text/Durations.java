package dev.strata.text;

import java.math.BigDecimal;
import java.time.Duration;

/** Go's {@code time.Duration} string form, which Atlas prints: {@code 1.5ms}, {@code 2m3.5s}, {@code 0s}. */
public final class Durations {

    private Durations() {
    }

    /** Formats a duration as Go prints it: {@code 1.5ms}, {@code 2m3.5s}, {@code 0s}. */
    public static String format(Duration d) {
        long ns = d.toNanos();
        if (ns == 0) {
            return "0s";
        }
        String sign = ns < 0 ? "-" : "";
        ns = Math.abs(ns);
        if (ns < 1_000) {
            return sign + ns + "ns";
        }
        if (ns < 1_000_000) {
            return sign + decimal(ns, 1_000) + "\u00b5s";
        }
        if (ns < 1_000_000_000) {
            return sign + decimal(ns, 1_000_000) + "ms";
        }
        long hours = ns / 3_600_000_000_000L;
        long minutes = ns / 60_000_000_000L % 60;
        long rest = ns % 60_000_000_000L;
        StringBuilder b = new StringBuilder(sign);
        if (hours > 0) {
            b.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            b.append(minutes).append('m');
        }
        return b.append(decimal(rest, 1_000_000_000)).append('s').toString();
    }

    /** value / unit in plain decimal without trailing zeros; unit is a power of ten. */
    private static String decimal(long value, long unit) {
        long fraction = value % unit;
        if (fraction == 0) {
            return Long.toString(value / unit);
        }
        String digits = Long.toString(unit + fraction).substring(1); // keeps the leading zeros
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return (value / unit) + "." + digits.substring(0, end);
    }

    /**
     * Parses Go duration syntax ({@code 10s}, {@code 1m30s}, {@code 500ms}, {@code 1.5h}); a bare
     * number means seconds.
     *
     * @throws IllegalArgumentException when the text is not a duration
     */
    public static Duration parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("invalid duration \"" + text
                        + "\" (use a unit: ms, s, m or h, as in 10s or 1m30s)");
            }
            BigDecimal number = new BigDecimal(s.substring(start, i));
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            long nanos = switch (s.substring(unitStart, i)) {
                case "ns" -> 1L;
                case "us", "\u00b5s", "\u03bcs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> throw new IllegalArgumentException("invalid duration \"" + text
                        + "\" (use a unit: ms, s, m or h, as in 10s or 1m30s)");
            };
            total = total.add(number.multiply(BigDecimal.valueOf(nanos)));
        }
        return Duration.ofNanos(total.longValue());
    }
}
