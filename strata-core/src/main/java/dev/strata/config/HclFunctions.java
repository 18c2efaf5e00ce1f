package dev.strata.config;

import dev.strata.config.Hcl.Pos;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions a project file may call: Atlas's project-file functions ({@code getenv},
 * {@code file}, the URL helpers) and the common part of HCL's standard library.
 */
final class HclFunctions {

    private HclFunctions() {
    }

    static Object call(Evaluator ev, String name, List<Object> args, Pos pos) {
        Args a = new Args(ev, name, args, pos);
        switch (name) {
            case "getenv":
                a.count(1);
                return System.getenv().getOrDefault(a.string(0), "");
            case "file":
                a.count(1);
                return readFile(ev, a.string(0), pos);
            case "lower":
                a.count(1);
                return a.string(0).toLowerCase(Locale.ROOT);
            case "upper":
                a.count(1);
                return a.string(0).toUpperCase(Locale.ROOT);
            case "trimspace":
                a.count(1);
                return a.string(0).strip();
            case "trimprefix":
                a.count(2);
                return a.string(0).startsWith(a.string(1)) ? a.string(0).substring(a.string(1).length()) : a.string(0);
            case "trimsuffix":
                a.count(2);
                return a.string(0).endsWith(a.string(1))
                        ? a.string(0).substring(0, a.string(0).length() - a.string(1).length()) : a.string(0);
            case "startswith":
                a.count(2);
                return a.string(0).startsWith(a.string(1));
            case "endswith":
                a.count(2);
                return a.string(0).endsWith(a.string(1));
            case "replace":
                a.count(3);
                return a.string(0).replace(a.string(1), a.string(2));
            case "split":
                a.count(2);
                return new ArrayList<Object>(List.of(a.string(1).split(java.util.regex.Pattern.quote(a.string(0)), -1)));
            case "join":
                a.count(2);
                return String.join(a.string(0), a.list(1).stream().map(v -> ev.string(v, pos, "a list element")).toList());
            case "format":
                return format(a);
            case "concat": {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    out.addAll(a.list(i));
                }
                return out;
            }
            case "length":
                a.count(1);
                if (args.get(0) instanceof String s) {
                    return BigDecimal.valueOf(s.codePointCount(0, s.length()));
                }
                if (args.get(0) instanceof Map<?, ?> m) {
                    return BigDecimal.valueOf(m.size());
                }
                return BigDecimal.valueOf(a.list(0).size());
            case "contains":
                a.count(2);
                return a.list(0).contains(args.get(1));
            case "element": {
                a.count(2);
                List<Object> l = a.list(0);
                if (l.isEmpty()) {
                    throw ev.error(pos, "element() of an empty list");
                }
                return l.get(Math.floorMod(ev.integer(args.get(1), pos, "element()'s index"), l.size()));
            }
            case "toset":
            case "distinct": {
                a.count(1);
                List<Object> out = new ArrayList<>(new LinkedHashSet<>(a.list(0)));
                if (name.equals("toset") && out.stream().allMatch(v -> v instanceof String)) {
                    out.sort((x, y) -> ((String) x).compareTo((String) y)); // A set of strings iterates sorted.
                }
                return out;
            }
            case "tolist":
                a.count(1);
                return new ArrayList<>(a.list(0));
            case "tostring":
                a.count(1);
                return a.string(0);
            case "tonumber":
                a.count(1);
                return ev.number(args.get(0), pos);
            case "tobool":
                a.count(1);
                return ev.bool(args.get(0), pos);
            case "coalesce":
                for (Object v : args) {
                    if (v != null && !"".equals(v)) {
                        return v;
                    }
                }
                throw ev.error(pos, "coalesce() found no non-empty argument");
            case "keys":
                a.count(1);
                return new ArrayList<Object>(a.map(0).keySet());
            case "values":
                a.count(1);
                return new ArrayList<>(a.map(0).values());
            case "merge": {
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < args.size(); i++) {
                    out.putAll(a.map(i));
                }
                return out;
            }
            case "urlescape":
                a.count(1);
                return URLEncoder.encode(a.string(0), StandardCharsets.UTF_8).replace("+", "%20");
            case "urlsetpath":
                a.count(2);
                return UrlParts.of(a.string(0)).withPath(a.string(1)).toString();
            case "urlqueryset":
                a.count(3);
                return UrlParts.of(a.string(0)).withQuery(a.string(1), a.string(2)).toString();
            case "urluserinfo":
                if (args.size() < 2 || args.size() > 3) {
                    a.count(2);
                }
                return UrlParts.of(a.string(0)).withUser(a.string(1), args.size() == 3 ? a.string(2) : null).toString();
            default:
                throw ev.error(pos, "unknown function " + name + "()");
        }
    }

    private static String readFile(Evaluator ev, String path, Pos pos) {
        Path base = Path.of(ev.file()).toAbsolutePath().getParent();
        try {
            return Files.readString(base.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ev.error(pos, "file(\"" + path + "\"): cannot read " + base.resolve(path));
        }
    }

    /** Go's fmt verbs that project files use: %s, %d, %v, %q and %%. */
    private static String format(Args a) {
        if (a.args.isEmpty()) {
            a.count(1);
        }
        String f = a.string(0);
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                out.append(c);
                continue;
            }
            char verb = f.charAt(++i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= a.args.size()) {
                throw a.ev.error(a.pos, "format(): not enough arguments for \"" + f + "\"");
            }
            Object v = a.args.get(next++);
            switch (verb) {
                case 's', 'v', 'd' -> out.append(a.ev.string(v, a.pos, "a format() argument"));
                case 'q' -> out.append('"').append(a.ev.string(v, a.pos, "a format() argument")
                        .replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                default -> throw a.ev.error(a.pos, "format(): unsupported verb %" + verb);
            }
        }
        return out.toString();
    }

    /** A function's arguments, with checks that name the function. */
    private record Args(Evaluator ev, String name, List<Object> args, Pos pos) {
        void count(int n) {
            if (args.size() != n) {
                throw ev.error(pos, name + "() takes " + n + " argument" + (n == 1 ? "" : "s") + ", got "
                        + args.size());
            }
        }

        String string(int i) {
            return ev.string(args.get(i), pos, name + "() argument " + (i + 1));
        }

        List<Object> list(int i) {
            return ev.list(args.get(i), pos);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(int i) {
            if (args.get(i) instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            throw ev.error(pos, name + "() argument " + (i + 1) + " must be an object, not "
                    + Evaluator.typeName(args.get(i)));
        }
    }

    /** A URL split into the parts Atlas's URL functions change, keeping the rest as written. */
    private record UrlParts(String head, String userInfo, String host, String path, String query) {

        static UrlParts of(String url) {
            int sep = url.indexOf("://");
            String head = sep < 0 ? "" : url.substring(0, sep + 3);
            String rest = sep < 0 ? url : url.substring(sep + 3);
            String query = null;
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "" : rest.substring(slash);
            int at = authority.lastIndexOf('@');
            return new UrlParts(head, at < 0 ? null : authority.substring(0, at),
                    at < 0 ? authority : authority.substring(at + 1), path, query);
        }

        UrlParts withPath(String p) {
            return new UrlParts(head, userInfo, host, p.isEmpty() || p.startsWith("/") ? p : "/" + p, query);
        }

        /** Sets one query parameter; like Go's url.Values.Encode, the keys come out sorted. */
        UrlParts withQuery(String key, String value) {
            Map<String, String> params = new TreeMap<>();
            if (query != null && !query.isEmpty()) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    params.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            params.put(key, value);
            List<String> pairs = new ArrayList<>();
            params.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return new UrlParts(head, userInfo, host, path, String.join("&", pairs));
        }

        UrlParts withUser(String user, String password) {
            String info = URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + (password == null ? "" : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8));
            return new UrlParts(head, info, host, path, query);
        }

        @Override
        public String toString() {
            return head + (userInfo == null ? "" : userInfo + "@") + host + path + (query == null ? "" : "?" + query);
        }
    }
}
