package dev.strata.example;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The app's PostgreSQL database, from a URL as Fly.io (and Heroku, Render) put it in DATABASE_URL:
 * {@code postgres://user:password@host:5432/name?sslmode=disable}. The same variable is what the
 * release command, {@code strata migrate apply}, reads.
 */
record Database(String jdbcUrl, Properties credentials) {

    static Database fromUrl(String url) {
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must be a postgres:// URL");
        }
        Properties credentials = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            credentials.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                credentials.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Database("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, credentials);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials);
    }
}
