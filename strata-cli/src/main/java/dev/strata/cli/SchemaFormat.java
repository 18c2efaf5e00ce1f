package dev.strata.cli;

import dev.strata.UsageException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a schema command prints a state or a plan: {@code hcl}, {@code sql} or {@code json}, or Atlas's
 * template spellings of the same ({@code '{{ sql . }}'}, {@code '{{ sql . "  " }}'},
 * {@code '{{ json . }}'}, {@code '{{ json . "" "  " }}'}). Other Go templates are refused by name.
 *
 * @param kind   what is printed
 * @param args   the template's string arguments: the indent of {@code sql}, the prefix and indent of {@code json}
 */
record SchemaFormat(Kind kind, java.util.List<String> args) {

    /** HTML (the ERD page) and MERMAID (Atlas's {@code {{ mermaid . }}}) print a state only, never a plan. */
    enum Kind { HCL, SQL, JSON, HTML, MERMAID }

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{-?\\s*(sql|json)\\s+\\.((?:\\s+\"[^\"]*\")*)\\s*-?}}");
    private static final Pattern ARG = Pattern.compile("\"([^\"]*)\"");

    /**
     * @param value the flag's value, or null for the default
     * @param flag  the flag, for messages
     * @throws UsageException for a format Strata does not print
     */
    static SchemaFormat parse(String value, Kind fallback, String flag) {
        if (value == null || value.isEmpty()) {
            return new SchemaFormat(fallback, java.util.List.of());
        }
        switch (value) {
            case "hcl", "{{ $.MarshalHCL }}", "{{ .MarshalHCL }}":
                return new SchemaFormat(Kind.HCL, java.util.List.of());
            case "sql":
                return new SchemaFormat(Kind.SQL, java.util.List.of());
            case "json":
                return new SchemaFormat(Kind.JSON, java.util.List.of());
            case "html":
                return new SchemaFormat(Kind.HTML, java.util.List.of());
            case "mermaid", "{{ mermaid . }}", "{{ mermaid $ }}":
                return new SchemaFormat(Kind.MERMAID, java.util.List.of());
            default:
                break;
        }
        Matcher m = TEMPLATE.matcher(value.strip());
        if (m.matches()) {
            java.util.List<String> args = new java.util.ArrayList<>();
            Matcher a = ARG.matcher(m.group(2));
            while (a.find()) {
                args.add(a.group(1));
            }
            Kind k = m.group(1).equals("sql") ? Kind.SQL : Kind.JSON;
            if (k == Kind.SQL && args.size() > 1 || k == Kind.JSON && args.size() > 2) {
                throw new UsageException(flag + " " + value + ": unexpected number of arguments: " + args.size());
            }
            return new SchemaFormat(k, java.util.List.copyOf(args));
        }
        throw new UsageException("unsupported " + flag + " " + value + ": Strata prints 'hcl', 'sql', 'json', 'html'"
                + " or 'mermaid' (or Atlas's '{{ sql . }}', '{{ sql . \"  \" }}', '{{ json . }}', '{{ mermaid . }}');"
                + " other Go templates are not supported");
    }

    /** The indent of {@code {{ sql . "  " }}}, empty for one statement a line. */
    String indent() {
        return kind == Kind.SQL && !args.isEmpty() ? args.get(0) : "";
    }

    String jsonPrefix() {
        return kind == Kind.JSON && !args.isEmpty() ? args.get(0) : "";
    }

    String jsonIndent() {
        return kind == Kind.JSON && args.size() > 1 ? args.get(1) : "";
    }
}
