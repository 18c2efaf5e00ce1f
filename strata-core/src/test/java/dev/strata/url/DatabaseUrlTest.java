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
}
