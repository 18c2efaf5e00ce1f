package dev.strata.config;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HclDocumentTest {

    private static List<HclBlock> eval(String text) {
        return HclDocument.parse("s.hcl", text).evaluate(Map.of(), HclDocument.Vocabulary.PLAIN);
    }

    /** Atlas's schemahcl TestMultiFile: the files of testdata/ (not nested/), hobby = "coding". */
    @Test
    void atlasMultiFileWithVariables() throws Exception {
        Path dir = Conformance.dir("schema/hcl");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<HclBlock> blocks = HclDocument.read(files).evaluate(Map.of("hobby", List.of("coding")),
                HclDocument.Vocabulary.PLAIN);
        assertThat(blocks).extracting(HclBlock::type, HclBlock::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("person", "rotemtam"),
                        org.assertj.core.groups.Tuple.tuple("person", "tzuri"));
        assertThat(blocks.get(0).attribute("hobby").value()).isEqualTo("coding");
        assertThat(blocks.get(0).attribute("parent")).isNull();
        assertThat(blocks.get(1).attribute("hobby").value()).isEqualTo("ice-cream");
        HclRef parent = (HclRef) blocks.get(1).attribute("parent").value();
        assertThat(parent.toString()).isEqualTo("person.rotemtam");
        assertThat(parent.target().name()).isEqualTo("rotemtam");
    }

    @Test
    void directoryReadsItsHclFilesOnly() {
        Path dir = Conformance.dir("schema/hcl");
        HclDocument doc = HclDocument.read(List.of(dir));
        assertThat(doc.files()).extracting(f -> Path.of(f).getFileName().toString())
                .containsExactly("a.hcl", "b.hcl", "variables.hcl");
    }

    @Test
    void missingVariableNamesTheBlock() {
        Path dir = Conformance.dir("schema/hcl");
        assertThatThrownBy(() -> HclDocument.read(List.of(dir)).evaluate(Map.of(), HclDocument.Vocabulary.PLAIN))
                .hasMessageEndingWith("variables.hcl:1:1: missing value for required variable \"hobby\" (set it with"
                        + " --var hobby=...)");
    }

    @Test
    void nestedBlocksAreInScopeAndReferencesReachAcrossBlocks() {
        List<HclBlock> blocks = eval("""
                table "users" {
                  column "id" {}
                  index "i" {
                    columns = [column.id]
                  }
                }
                table "s" "posts" {
                  column "author" {}
                  ref = [table.users.column.id, table.s.posts.column.author, column["author"]]
                }
                """);
        HclBlock index = blocks.get(0).blocks("index").get(0);
        assertThat(index.attribute("columns").value().toString()).isEqualTo("[table.users.column.id]");
        assertThat(blocks.get(1).attribute("ref").value().toString())
                .isEqualTo("[table.users.column.id, table.s.posts.column.author, table.s.posts.column.author]");
    }

    @Test
    void brokenReferenceNamesThePath() {
        assertThatThrownBy(() -> eval("""
                table "users" {
                  column "id" {}
                }
                table "posts" {
                  x = table.users.column.idx
                }
                """)).hasMessage("s.hcl:5:25: broken reference to \"table.users.column.idx\"");
    }

    @Test
    void forEachRepeatsABlockAndNameSetsItsName() {
        List<HclBlock> blocks = HclDocument.parse("s.hcl", """
                variable "tenants" {
                  type = list(string)
                }
                schema "tenant" {
                  for_each = toset(var.tenants)
                  name     = each.value
                  n        = each.key
                }
                locals {
                  a = local.b
                  b = 2
                }
                table "t" {
                  x = local.a + 1
                }
                """).evaluate(Map.of("tenants", List.of("b", "a")), HclDocument.Vocabulary.PLAIN);
        assertThat(blocks).extracting(HclBlock::name).containsExactly("a", "b", "t");
        assertThat(blocks.get(2).attribute("x").value()).isEqualTo(new BigDecimal(3));
    }

    @Test
    void vocabularyAllowsWordsAndTypeCalls() {
        HclDocument.Vocabulary v = new HclDocument.Vocabulary() {
            @Override
            public Set<String> blockTypes() {
                return Set.of("enum");
            }

            @Override
            public HclDocument.Scope scope(List<String> path, String attribute) {
                return attribute.equals("type") ? HclDocument.Scope.TYPES
                        : attribute.equals("on") ? HclDocument.Scope.WORDS : HclDocument.Scope.PLAIN;
            }
        };
        List<HclBlock> blocks = HclDocument.parse("s.hcl", """
                t "x" {
                  type = varchar(255)
                  on   = CASCADE
                  raw  = sql("now()")
                  null = null
                }
                """).evaluate(Map.of(), v);
        HclBlock t = blocks.get(0);
        assertThat(t.attribute("type").value()).isEqualTo(new HclCall("varchar", List.of(new BigDecimal(255))));
        assertThat(t.attribute("on").value()).isEqualTo(new HclWord("CASCADE"));
        assertThat(t.attribute("raw").value()).isEqualTo(new HclSql("now()"));
        assertThat(t.attribute("null")).isNull();
        assertThatThrownBy(() -> HclDocument.parse("s.hcl", "t \"x\" {\n  y = CASCADE\n}\n").evaluate(Map.of(), v))
                .hasMessage("s.hcl:2:7: unknown name \"CASCADE\"");
        assertThatThrownBy(() -> HclDocument.parse("s.hcl", "t \"x\" {\n  type = enum.status\n}\n")
                .evaluate(Map.of(), v)).hasMessage("s.hcl:2:14: broken reference to \"enum.status\"");
    }
}
