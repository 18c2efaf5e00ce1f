package dev.strata.cli.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TxtarTest {

    @Test
    void scriptThenFilesWithTheirBlankLines() {
        Txtar t = Txtar.parse("""
                atlas migrate hash
                # comment
                -- migrations/1.sql --
                CREATE TABLE t (id int);

                -- empty.txt --
                -- last.txt --
                no final newline""");
        assertThat(t.script()).isEqualTo("atlas migrate hash\n# comment\n");
        assertThat(t.files()).containsExactly(
                new Txtar.File("migrations/1.sql", "CREATE TABLE t (id int);\n\n"),
                new Txtar.File("empty.txt", ""),
                new Txtar.File("last.txt", "no final newline\n"));
    }

    @Test
    void onlyWholeMarkerLinesStartFiles() {
        Txtar t = Txtar.parse("""
                cmp a b
                -- a --
                -- not a marker
                x -- y --
                --  --
                -- b\r --\r
                text
                """);
        assertThat(t.files()).extracting(Txtar.File::name).containsExactly("a", "b");
        assertThat(t.files().get(0).data()).isEqualTo("-- not a marker\nx -- y --\n--  --\n");
    }

    @Test
    void anArchiveWithoutFilesIsAllScript() {
        assertThat(Txtar.parse("exec cat x")).isEqualTo(new Txtar("exec cat x\n", List.of()));
        assertThat(Txtar.parse("")).isEqualTo(new Txtar("", List.of()));
    }
}
