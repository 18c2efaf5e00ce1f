package dev.strata.url;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void postgresUrl() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://app:s3cret@db.example.com:5433/shop?sslmode=disable&search_path=public");
        assertThat(u.scheme()).isEqualTo("postgres");
        assertThat(u.user()).isEqualTo("app");
        assertThat(u.password()).isEqualTo("s3cret");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).isEqualTo(5433);
        assertThat(u.path()).isEqualTo("shop");
        assertThat(u.param("sslmode")).isEqualTo("disable");
        assertThat(u.redacted()).isEqualTo("postgres://app:xxxxx@db.example.com:5433/shop?sslmode=disable&search_path=public");
        assertThat(Dialects.forUrl(u).boundSchema(u)).contains("public");
    }

    @Test
    void passwordThatAlsoOccursElsewhereIsRedactedByPosition() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://hunter2:hunter2@hunter2.internal:5432/hunter2?application_name=hunter2");
        assertThat(u.redacted())
                .isEqualTo("postgres://hunter2:xxxxx@hunter2.internal:5432/hunter2?application_name=hunter2");
        assertThat(u.secrets()).contains("hunter2");
        assertThat(u.toString()).doesNotContain(":hunter2@");
    }

    @Test
    void percentEncodedPasswordAndSpecialCharacters() {
        DatabaseUrl u = DatabaseUrl.parse("mysql://root:p%40ss%3Aw%2Frd@127.0.0.1:3306/app");
        assertThat(u.password()).isEqualTo("p@ss:w/rd");
        assertThat(u.redacted()).isEqualTo("mysql://root:xxxxx@127.0.0.1:3306/app");
        assertThat(u.secrets()).contains("p@ss:w/rd", "p%40ss%3Aw%2Frd");
        DatabaseUrl raw = DatabaseUrl.parse("mysql://root:p@ss@127.0.0.1/app");
        assertThat(raw.password()).isEqualTo("p@ss");
        assertThat(raw.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void secretQueryParametersAreRedacted() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://app@h/db?password=topsecret&sslmode=require");
        assertThat(u.redacted()).isEqualTo("postgres://app@h/db?password=xxxxx&sslmode=require");
        assertThat(u.secrets()).containsExactly("topsecret");
    }

    @Test
    void sqliteUrls() {
        assertThat(DatabaseUrl.parse("sqlite://file.db?_fk=1").path()).isEqualTo("file.db");
        assertThat(DatabaseUrl.parse("sqlite:///abs/dir/x.db").path()).isEqualTo("/abs/dir/x.db");
        assertThat(DatabaseUrl.parse("sqlite://file:/abs/x.db?cache=shared&_fk=1").path()).isEqualTo("file:/abs/x.db");
        DatabaseUrl mem = DatabaseUrl.parse("sqlite://dev?mode=memory");
        assertThat(mem.path()).isEqualTo("dev");
        assertThat(mem.param("mode")).isEqualTo("memory");
    }

    @Test
    void ipv6Host() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://u:p@[::1]:5432/db");
        assertThat(u.host()).isEqualTo("::1");
        assertThat(u.port()).isEqualTo(5432);
    }

    @Test
    void malformedUrlsNeverEchoThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:topsecret@host:54x2/db"))
                .isInstanceOf(UsageException.class)
                .hasMessage("malformed database URL postgres://xxxxx@host:54x2/db: invalid port \"54x2\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret"));
        assertThatThrownBy(() -> DatabaseUrl.parse("u:topsecret@host/db"))
                .hasMessageStartingWith("missing driver in database URL xxxxx@host/db")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret"));
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:top%zzsecret@host/db"))
                .hasMessageContaining("invalid percent-encoding")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        assertThatThrownBy(() -> DatabaseUrl.parse("")).hasMessage("empty database URL");
    }

    @Test
    void unknownSchemeIsAUsageError() {
        assertThatThrownBy(() -> Dialects.forUrl(DatabaseUrl.parse("oracle://u:p@h/db")))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage("unknown driver \"oracle\" in database URL (supported: postgres, postgresql, mysql,"
                        + " mariadb, maria, sqlite)");
    }

    @Test
    void schemesMapToDrivers() {
        assertThat(Dialects.forUrl(DatabaseUrl.parse("postgresql://h/db")).name()).isEqualTo("postgres");
        assertThat(Dialects.forUrl(DatabaseUrl.parse("mysql://h/db")).name()).isEqualTo("mysql");
        assertThat(Dialects.forUrl(DatabaseUrl.parse("maria://h/db")).name()).isEqualTo("mariadb");
        assertThat(Dialects.forUrl(DatabaseUrl.parse("mariadb://h/db")).name()).isEqualTo("mariadb");
        assertThat(Dialects.forUrl(DatabaseUrl.parse("sqlite://x.db")).name()).isEqualTo("sqlite3");
        DatabaseUrl server = DatabaseUrl.parse("mysql://h:3306/");
        assertThat(Dialects.forUrl(server).boundSchema(server)).isEmpty();
    }

    @Test
    void jdbcUrlsNameTheDatabaseTheirAtlasFormWould() {
        DatabaseUrl pg = DatabaseUrl.parse("jdbc:postgresql://db.internal:5433/shop?user=app&password=s3cret"
                + "&sslmode=require&currentSchema=sales");
        assertThat(pg.scheme()).isEqualTo("postgres");
        assertThat(pg.host()).isEqualTo("db.internal");
        assertThat(pg.port()).isEqualTo(5433);
        assertThat(pg.path()).isEqualTo("shop");
        assertThat(pg.params()).containsEntry("user", "app").containsEntry("sslmode", "require");
        assertThat(pg.redacted()).isEqualTo("jdbc:postgresql://db.internal:5433/shop?user=app&password=xxxxx"
                + "&sslmode=require&currentSchema=sales");
        assertThat(pg.secrets()).containsExactly("s3cret");
        assertThat(Dialects.forUrl(pg).name()).isEqualTo("postgres");
        assertThat(Dialects.forUrl(pg).boundSchema(pg)).contains("sales");

        DatabaseUrl my = DatabaseUrl.parse("jdbc:mysql://root:pw-1234@127.0.0.1:3306/app?useSSL=false");
        assertThat(my.scheme()).isEqualTo("mysql");
        assertThat(my.password()).isEqualTo("pw-1234");
        assertThat(my.redacted()).isEqualTo("jdbc:mysql://root:xxxxx@127.0.0.1:3306/app?useSSL=false");
        assertThat(Dialects.forUrl(my).boundSchema(my)).contains("app");
        assertThat(Dialects.forUrl(DatabaseUrl.parse("JDBC:MariaDB://h/app")).name()).isEqualTo("mariadb");

        DatabaseUrl lite = DatabaseUrl.parse("jdbc:sqlite:/srv/app.db?foreign_keys=true&password=lite-secret");
        assertThat(lite.scheme()).isEqualTo("sqlite");
        assertThat(lite.path()).isEqualTo("/srv/app.db");
        assertThat(lite.redacted()).isEqualTo("jdbc:sqlite:/srv/app.db?foreign_keys=true&password=xxxxx");
        assertThat(DatabaseUrl.parse("jdbc:sqlite::memory:").path()).isEqualTo(":memory:");

        DatabaseUrl shortForm = DatabaseUrl.parse("jdbc:postgresql:shop");
        assertThat(shortForm.host()).isEmpty();
        assertThat(shortForm.path()).isEqualTo("shop");
    }

    @Test
    void jdbcUrlsStrataCannotHonourAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://h1:5432,h2:5432/db?password=topsecret"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unsupported JDBC URL jdbc:postgresql://h1:5432,h2:5432/db?password=xxxxx: Strata connects"
                        + " to one host (no failover, load-balancing or replication forms)");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:mysql:loadbalance://h1,h2/db"))
                .hasMessageContaining("Strata connects to one host");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:oracle:thin:u/topsecret@h:1521/db"))
                .hasMessageStartingWith("unsupported JDBC URL xxxxx@h:1521/db (Strata reads jdbc:postgresql://,");
    }

    @Test
    void aRawSpecialCharacterInThePasswordGetsTheEncodingHint() {
        for (String url : new String[] {"postgres://app:pa/ss-word@db:5432/app", "postgres://app:pa?ss-word@db/app",
                "mysql://app:pa#ss-word@db/app", "jdbc:mysql://app:12/34-word@db/app",
                "postgres://app:p@ss/ss-word@db/app"}) {
            assertThatThrownBy(() -> DatabaseUrl.parse(url)).as(url)
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("seems to hold a raw '/', '?' or '#'; percent-encode special characters of"
                            + " the user and password (@ %40, : %3A, / %2F, ? %3F, # %23, % %25)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ss-word").doesNotContain("34-word"));
        }
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://app:100%sure@db/app"))
                .hasMessageContaining("invalid percent-encoding; percent-encode special characters");
        // An @ in a query value is not a password's.
        assertThat(DatabaseUrl.parse("postgres://db/app?user=me@corp.example").host()).isEqualTo("db");
    }

    @Test
    void unixSocketForms() {
        DatabaseUrl my = DatabaseUrl.parse("mysql+unix://root:pw@/run/mysqld/mysqld.sock?database=app");
        assertThat(my.path()).isEqualTo("run/mysqld/mysqld.sock");
        assertThat(my.redacted()).isEqualTo("mysql+unix://root:xxxxx@/run/mysqld/mysqld.sock?database=app");
        assertThat(Dialects.forUrl(my).name()).isEqualTo("mysql");
        assertThat(Dialects.forUrl(my).boundSchema(my)).contains("app");
        assertThat(Dialects.forUrl(DatabaseUrl.parse("maria+unix:///x.sock")).name()).isEqualTo("mariadb");
        // libpq's socket directory as a percent-encoded host.
        assertThat(DatabaseUrl.parse("postgres://%2Fvar%2Frun%2Fpostgresql/app").host()).isEqualTo("/var/run/postgresql");
    }

    @Test
    void credentialsGivenApartFromTheUrl() {
        DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql://db/app?sslmode=disable").withCredentials("app", "apart-pw");
        assertThat(u.user()).isEqualTo("app");
        assertThat(u.password()).isEqualTo("apart-pw");
        assertThat(u.redacted()).isEqualTo("jdbc:postgresql://db/app?sslmode=disable");
        assertThat(u.secrets()).contains("apart-pw");
        DatabaseUrl kept = DatabaseUrl.parse("postgres://own:own-pw@db/app").withCredentials(null, "");
        assertThat(kept.user()).isEqualTo("own");
        assertThat(kept.password()).isEqualTo("own-pw");
    }
}
