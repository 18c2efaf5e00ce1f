package dev.strata.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real headless Chromium (Debian's {@code chromium} package), driven over the DevTools protocol
 * with the JDK's own HTTP and WebSocket clients: no driver binary, no library. Its network goes to
 * a proxy that does not exist, so a page that tried to load anything from outside would log a
 * failed request. Absent Chromium skips the test, except under {@code CI=true}, where it fails
 * ({@code .ci/browser-deps.sh} installs it).
 */
public final class Chromium implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** Starts Chromium, or skips the calling test (fails it under CI=true) when it is not installed. */
    public static Chromium launch() throws IOException, InterruptedException {
        Path binary = Stream.of(System.getenv("STRATA_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                        "/usr/bin/google-chrome").filter(p -> p != null && Files.isExecutable(Path.of(p)))
                .map(Path::of).findFirst().orElse(null);
        if (binary == null) {
            String what = "Chromium is not installed (apt-get install -y chromium, see .ci/browser-deps.sh)";
            if ("true".equals(System.getenv("CI"))) {
                fail(what + "; CI=true requires it");
            }
            Assumptions.abort(what + "; skipping the browser test");
        }
        Path profile = Files.createTempDirectory("strata-chromium");
        Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--proxy-server=http://127.0.0.1:9", "--window-size=1400,900", "--hide-scrollbars",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!p.isAlive() || System.nanoTime() > until) {
                String log = Files.exists(profile.resolve("chromium.log"))
                        ? Files.readString(profile.resolve("chromium.log")) : "";
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not start: " + log);
            }
            Thread.sleep(50);
        }
        return new Chromium(p, profile, Integer.parseInt(Files.readAllLines(portFile).get(0).strip()));
    }

    /** A new tab, its events recorded from the start. */
    public Page newPage() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/new?about:blank")).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) MiniJson.parse(r.body());
        Page page = new Page();
        page.socket = http.newWebSocketBuilder().buildAsync(URI.create((String) target.get("webSocketDebuggerUrl")),
                page).get(30, TimeUnit.SECONDS);
        for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
            page.call(domain + ".enable", Map.of());
        }
        return page;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Chromium's helper processes may still write into the profile for a moment after it exits.
        for (int attempt = 0; attempt < 10 && Files.exists(profile); attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished while walking: walk again
            }
            if (Files.exists(profile)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One tab: protocol calls, and the events that came in (requests, console errors). */
    public static final class Page implements WebSocket.Listener {

        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
        private final List<Map<String, Object>> events = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        /** Calls a protocol method and waits for its result; a protocol error throws. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> call(String method, Map<String, Object> params) {
            int id = ids.incrementAndGet();
            CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
            pending.put(id, f);
            socket.sendText(Json.write(Map.of("id", id, "method", method, "params", params)), true).join();
            Map<String, Object> reply;
            try {
                reply = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(method + " got no answer", e);
            }
            if (reply.containsKey("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return (Map<String, Object>) reply.get("result");
        }

        /** Opens a file and waits until {@code condition} (a JavaScript expression) is true. */
        public void open(Path file, String condition) throws InterruptedException {
            call("Page.navigate", Map.of("url", file.toUri().toString()));
            long until = System.nanoTime() + TIMEOUT.toNanos();
            while (!Boolean.TRUE.equals(eval("!!(" + condition + ")"))) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the page never got to " + condition + "; console: " + errors());
                }
                Thread.sleep(50);
            }
        }

        /** The value of a JavaScript expression (awaited when a promise); a thrown error throws. */
        @SuppressWarnings("unchecked")
        public Object eval(String expression) {
            Map<String, Object> r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                    "awaitPromise", true));
            if (r.containsKey("exceptionDetails")) {
                throw new IllegalStateException("JavaScript failed: " + r.get("exceptionDetails"));
            }
            return ((Map<String, Object>) r.get("result")).get("value");
        }

        /** A mouse click at viewport coordinates, as a person's. */
        public void click(double x, double y) {
            for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
                call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left",
                        "clickCount", 1));
            }
        }

        /** Typing text into the focused element. */
        public void type(String text) {
            call("Input.insertText", Map.of("text", text));
        }

        /** Pressing a key such as {@code Enter}. */
        public void press(String key, int code) {
            for (String type : List.of("rawKeyDown", "keyUp")) {
                call("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                        "windowsVirtualKeyCode", code));
            }
        }

        /** A PNG of the viewport. */
        public byte[] screenshot() {
            return java.util.Base64.getDecoder().decode((String) call("Page.captureScreenshot",
                    Map.of("format", "png")).get("data"));
        }

        /** The URL of every request the page made, in order. */
        public synchronized List<String> requests() {
            return events("Network.requestWillBeSent").stream().map(p -> (String) ((Map<?, ?>) p.get("request"))
                    .get("url")).toList();
        }

        /** Requests that failed (blocked, refused, not found). */
        public synchronized List<String> failedRequests() {
            return events("Network.loadingFailed").stream().map(p -> p.get("requestId") + ": " + p.get("errorText"))
                    .toList();
        }

        /** Uncaught exceptions, {@code console.error} calls and error log entries. */
        public synchronized List<String> errors() {
            List<String> out = new ArrayList<>();
            events("Runtime.exceptionThrown").forEach(p -> out.add("exception: " + p.get("exceptionDetails")));
            events("Runtime.consoleAPICalled").stream().filter(p -> "error".equals(p.get("type")))
                    .forEach(p -> out.add("console.error: " + p.get("args")));
            events("Log.entryAdded").stream().map(p -> (Map<?, ?>) p.get("entry"))
                    .filter(e -> "error".equals(e.get("level"))).forEach(e -> out.add("log: " + e.get("text")));
            return out;
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> events(String method) {
            return events.stream().filter(e -> method.equals(e.get("method")))
                    .map(e -> (Map<String, Object>) e.get("params")).toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Map<String, Object> m = (Map<String, Object>) MiniJson.parse(partial.toString());
                partial.setLength(0);
                if (m.get("id") instanceof Double id) {
                    CompletableFuture<Map<String, Object>> f = pending.remove(id.intValue());
                    if (f != null) {
                        f.complete(m);
                    }
                } else {
                    synchronized (this) {
                        events.add(m);
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** The protocol's requests as JSON: maps, lists, strings, numbers and booleans. */
    private static final class Json {
        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(b, v);
            return b.toString();
        }

        private static void write(StringBuilder b, Object v) {
            if (v instanceof Map<?, ?> m) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(first ? "" : ",");
                    first = false;
                    write(b, String.valueOf(e.getKey()));
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (v instanceof List<?> l) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    b.append(i > 0 ? "," : "");
                    write(b, l.get(i));
                }
                b.append(']');
            } else if (v instanceof String s) {
                dev.strata.text.JsonText.quote(b, s);
            } else {
                b.append(v);
            }
        }
    }
}
