package dev.strata.dialect.mysql;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What the MySQL schema tests share: the server's own client, sessions, inspection. */
final class MySqlTesting {

    private MySqlTesting() {
    }

    /** Runs SQL through the {@code mariadb} client on a database, as a user would; fails with its error. */
    static String client(TestDb db, String sql, String... extraArgs) throws IOException, InterruptedException {
        String[] hp = TestDb.mariadbHostPort().split(":");
        List<String> cmd = new ArrayList<>(List.of("mariadb", "-uroot", "-h" + hp[0], "-P" + hp[1]));
        cmd.addAll(List.of(extraArgs));
        cmd.add(db.name());
        return run(cmd, sql);
    }

    /** {@code mariadb-dump --no-data} of a database. */
    static String dump(TestDb db) throws IOException, InterruptedException {
        String[] hp = TestDb.mariadbHostPort().split(":");
        return run(List.of("mariadb-dump", "-uroot", "-h" + hp[0], "-P" + hp[1], "--no-data", "--skip-comments",
                "--skip-dump-date", db.name()), "");
    }

    static String run(List<String> cmd, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream is = p.getInputStream()) {
            is.transferTo(out);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed: " + out.toString(StandardCharsets.UTF_8)
                    + "\ninput:\n" + input);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static Session open(TestDb db) {
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        return Dialects.forUrl(url).open(url);
    }

    static Realm inspect(TestDb db) throws Exception {
        try (Session s = open(db)) {
            return s.dialect().inspector(s).inspect(InspectScope.schema(db.name()));
        }
    }

    /** A connection whose statements are counted: every prepare or create is one query to come. */
    static Connection counting(Connection c, AtomicInteger count) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                    || m.getName().equals("prepareCall")) {
                count.incrementAndGet();
            }
            try {
                return m.invoke(c, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(MySqlTesting.class.getClassLoader(),
                new Class<?>[] {Connection.class}, h);
    }

    static Dialect dialect(TestDb db) {
        return Dialects.forUrl(DatabaseUrl.parse(db.url()));
    }
}
