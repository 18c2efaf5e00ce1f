package dev.strata.declare;

import dev.strata.UsageException;
import dev.strata.testing.Exhaustive;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code --url}, {@code --from} and {@code --to} values are read as a source. */
class SourceTest {

    @TempDir
    Path tmp;

    private static Source parse(String... urls) {
        return Source.parse("--to", List.of(urls), DatabaseUrl::parse);
    }

    @Test
    void aDatabaseUrlIsADatabase() {
        assertThat(parse("sqlite://dev?mode=memory")).isInstanceOf(Source.Database.class);
    }

    @Test
    void filesAreHclOrSqlByExtension() throws Exception {
        Path hcl = Files.writeString(tmp.resolve("a.hcl"), "");
        Path sql = Files.writeString(tmp.resolve("a.sql"), "");
        assertThat(parse("file://" + hcl)).isEqualTo(new Source.Hcl(List.of(hcl), "file://" + hcl));
        assertThat(parse("file://" + sql)).isEqualTo(new Source.Sql(List.of(sql), "file://" + sql));
    }

    @Test
    void aFolderOfSqlFilesRunsThemInNameOrder() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("schema"));
        Files.writeString(dir.resolve("2.sql"), "");
        Files.writeString(dir.resolve("1.sql"), "");
        Files.writeString(dir.resolve("README.md"), "");
        assertThat(parse("file://" + dir)).isEqualTo(new Source.Sql(List.of(dir.resolve("1.sql"),
                dir.resolve("2.sql")), "file://" + dir));
    }

    @Test
    void aFolderWithAtlasSumOrNamedMigrationsIsAMigrationDirectory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("x"));
        Files.writeString(dir.resolve("atlas.sum"), "");
        assertThat(parse("file://" + dir)).isInstanceOf(Source.MigrationDirectory.class);
        Path named = Files.createDirectory(tmp.resolve("migrations"));
        assertThat(parse("file://" + named)).isInstanceOf(Source.MigrationDirectory.class);
    }

    @Test
    void badSourcesAreRefusedInAtlasWords() throws Exception {
        Path hcl = Files.writeString(tmp.resolve("a.hcl"), "");
        Path sql = Files.writeString(tmp.resolve("b.sql"), "");
        Path txt = Files.writeString(tmp.resolve("c.txt"), "");
        assertThatThrownBy(() -> parse("file://" + hcl, "file://" + sql)).isInstanceOf(UsageException.class)
                .hasMessage("--to: ambiguous schema: both SQL and HCL files found: \"a.hcl\", \"b.sql\"");
        assertThatThrownBy(() -> parse("file://" + txt)).hasMessage("--to: unknown schema file: \"c.txt\"");
        assertThatThrownBy(() -> parse("file://" + hcl, "sqlite://x")).hasMessageContaining("got mixed --to url schemes");
        assertThatThrownBy(() -> parse(hcl.toString())).hasMessage("--to: missing scheme. Did you mean file://"
                + hcl + "?");
        assertThatThrownBy(() -> parse("file://" + tmp.resolve("none.hcl"))).hasMessageContaining(
                "no such file or directory");
    }

    @Test
    void everySourceHasALabelAndKnowsWhetherItNeedsADevDatabase() {
        Exhaustive.check(Source.class, List.of(new Source.Database(DatabaseUrl.parse("sqlite://x")),
                        new Source.Hcl(List.of(), "file://a.hcl"), new Source.Sql(List.of(), "file://a.sql"),
                        new Source.MigrationDirectory(Path.of("m"), "file://m")),
                Map.<String, Function<Source, ?>>of("label", Source::label, "needsDev", Source::needsDev));
    }
}
