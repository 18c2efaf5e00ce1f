package dev.strata.migrate.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A version as Flyway compares it: numbers separated by {@code .} or {@code _}, compared number by
 * number, trailing zeros insignificant ({@code 1 = 1.0 < 1.1 < 2 < 10}). A part that is not a number
 * counts as 0, as in Atlas's import.
 */
public record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {

    public FlywayVersion {
        List<BigInteger> trimmed = new ArrayList<>(parts);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).signum() == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        parts = List.copyOf(trimmed);
    }

    public static FlywayVersion parse(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String p : version.replace('_', '.').split("\\.", -1)) {
            parts.add(isNumber(p) ? new BigInteger(p) : BigInteger.ZERO);
        }
        return new FlywayVersion(parts);
    }

    /** The version when it is made of numbers only ({@code 3}, {@code 2.1.0}, {@code 3_1}), else empty. */
    public static Optional<FlywayVersion> numeric(String version) {
        for (String p : version.replace('_', '.').split("\\.", -1)) {
            if (!isNumber(p)) {
                return Optional.empty();
            }
        }
        return Optional.of(parse(version));
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(FlywayVersion o) {
        for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < o.parts.size() ? o.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }
}
