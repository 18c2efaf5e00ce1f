package dev.strata.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;

/**
 * A small web app: {@code GET /users} lists the rows of the {@code users} table (created by the
 * migrations the release command applies) as JSON; {@code GET /healthz} answers {@code ok}.
 * Configuration: DATABASE_URL, and PORT (default 8080; 0 picks a free one).
 */
public final class App {

    private final Database db;

    private App(Database db) {
        this.db = db;
    }

    public static void main(String[] args) throws IOException {
        String url = System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            System.err.println("app: DATABASE_URL is not set");
            System.exit(2);
        }
        App app = new App(Database.fromUrl(url));
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/healthz", ex -> reply(ex, 200, "text/plain", "ok\n"));
        server.createContext("/users", app::users);
        server.start();
        System.out.println("app: listening on port " + server.getAddress().getPort());
    }

    private void users(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            reply(ex, 405, "text/plain", "GET only\n");
            return;
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, email, name FROM users ORDER BY id")) {
            StringBuilder json = new StringBuilder("[");
            while (rs.next()) {
                json.append(json.length() > 1 ? ",\n " : "\n ")
                        .append("{\"id\": ").append(rs.getLong(1))
                        .append(", \"email\": ").append(quote(rs.getString(2)))
                        .append(", \"name\": ").append(quote(rs.getString(3))).append('}');
            }
            reply(ex, 200, "application/json", json.append("\n]\n").toString());
        } catch (SQLException e) {
            System.err.println("app: GET /users: " + e.getMessage());
            reply(ex, 503, "text/plain", "database unavailable\n");
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
