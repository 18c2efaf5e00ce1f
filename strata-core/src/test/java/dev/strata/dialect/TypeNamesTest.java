package dev.strata.dialect;

import dev.strata.schema.ColumnType;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each dialect's normal form of type spellings, and Atlas's HCL names both ways. */
class TypeNamesTest {

    private static final TypeNames PG = SchemaDialects.typeNames("postgres");
    private static final TypeNames MY = SchemaDialects.typeNames("mysql");
    private static final TypeNames LITE = SchemaDialects.typeNames("sqlite");

    private static void normal(TypeNames names, String raw, String normal, TypeKind kind) {
        ColumnType t = names.parse(raw);
        assertThat(t.raw()).as(raw).isEqualTo(normal);
        assertThat(t.kind()).as(raw).isEqualTo(kind);
        assertThat(names.parse(normal)).as("normal form of " + raw + " is stable").isEqualTo(t);
    }

    private static String hcl(TypeNames names, String raw) {
        TypeNames.Spelling s = names.spell(names.parse(raw));
        if (s == null) {
            return null;
        }
        List<Object> args = s.args().stream().map(a -> a instanceof String ? a : (Object) new BigDecimal(
                String.valueOf(a))).toList();
        ColumnType back = names.fromHcl(s.name(), args, s.unsigned());
        assertThat(back).as("HCL spelling of " + raw + " reads back").isEqualTo(names.parse(raw));
        return s.name() + (s.args().isEmpty() ? "" : s.args().toString()) + (s.unsigned() ? " unsigned" : "");
    }

    @Test
    void postgresNormalForm() {
        normal(PG, "int4", "integer", TypeKind.INTEGER);
        normal(PG, "INT", "integer", TypeKind.INTEGER);
        normal(PG, "int8", "bigint", TypeKind.INTEGER);
        normal(PG, "serial4", "serial", TypeKind.INTEGER);
        normal(PG, "VARCHAR(10)", "character varying(10)", TypeKind.STRING);
        normal(PG, "char", "character(1)", TypeKind.STRING);
        normal(PG, "bpchar", "bpchar", TypeKind.STRING);
        normal(PG, "\"char\"", "\"char\"", TypeKind.STRING);
        normal(PG, "timestamptz", "timestamp with time zone", TypeKind.TIME);
        normal(PG, "timestamp(6) with time zone", "timestamp with time zone", TypeKind.TIME);
        normal(PG, "time(3)", "time(3) without time zone", TypeKind.TIME);
        normal(PG, "timetz(2)", "time(2) with time zone", TypeKind.TIME);
        normal(PG, "float(10)", "real", TypeKind.FLOAT);
        normal(PG, "float", "double precision", TypeKind.FLOAT);
        normal(PG, "decimal(10)", "numeric(10,0)", TypeKind.DECIMAL);
        normal(PG, "interval(6)", "interval", TypeKind.INTERVAL);
        normal(PG, "interval day to second(4)", "interval day to second(4)", TypeKind.INTERVAL);
        normal(PG, "bit", "bit(1)", TypeKind.BIT);
        normal(PG, "varbit(5)", "bit varying(5)", TypeKind.BIT);
        normal(PG, "int4[][]", "integer[]", TypeKind.ARRAY);
        normal(PG, "citext", "citext", TypeKind.OTHER);
        assertThat(PG.parse("numeric(10,2)").precision()).isEqualTo(10);
        assertThat(PG.parse("numeric(10,2)").scale()).isEqualTo(2);
        assertThat(PG.parse("character varying(255)").size()).isEqualTo(255);
        assertThat(PG.parse("integer[]").element()).isEqualTo(PG.parse("integer"));
    }

    @Test
    void postgresUserTypes() {
        TypeRef status = new TypeRef("s", "status");
        TypeRef odd = new TypeRef("s", "My Type");
        TypeNames.UserTypes types = r -> r.equals(status) ? TypeKind.ENUM : r.equals(odd) ? TypeKind.DOMAIN : null;
        assertThat(PG.parse("status", "s", types)).isEqualTo(PG.userType(status, TypeKind.ENUM, "s"));
        assertThat(PG.parse("s.status", "t", types).raw()).isEqualTo("s.status");
        assertThat(PG.parse("status", "s", types).raw()).isEqualTo("status");
        assertThat(PG.parse("\"My Type\"", "s", types).userType()).isEqualTo(odd);
        assertThat(PG.userType(odd, TypeKind.DOMAIN, "t").raw()).isEqualTo("s.\"My Type\"");
        assertThat(PG.parse("status[]", "s", types).element().kind()).isEqualTo(TypeKind.ENUM);
        assertThat(PG.parse("status", "other", types).kind()).isEqualTo(TypeKind.OTHER);
    }

    @Test
    void postgresHclNames() {
        assertThat(hcl(PG, "integer")).isEqualTo("integer");
        assertThat(hcl(PG, "double precision")).isEqualTo("double_precision");
        assertThat(hcl(PG, "numeric(10,2)")).isEqualTo("numeric[10, 2]");
        assertThat(hcl(PG, "numeric(10,0)")).isEqualTo("numeric[10]");
        assertThat(hcl(PG, "character varying(255)")).isEqualTo("character_varying[255]");
        assertThat(hcl(PG, "character(3)")).isEqualTo("character[3]");
        assertThat(hcl(PG, "timestamp(3) with time zone")).isEqualTo("timestamptz[3]");
        assertThat(hcl(PG, "time without time zone")).isEqualTo("time");
        assertThat(hcl(PG, "interval day to second(4)")).isEqualTo("day_to_second[4]");
        assertThat(hcl(PG, "interval hour")).isEqualTo("hour");
        assertThat(hcl(PG, "bit(1)")).isEqualTo("bit");
        assertThat(hcl(PG, "bit varying")).isEqualTo("bit_varying");
        assertThat(hcl(PG, "tsvector")).isEqualTo("tsvector");
        assertThat(hcl(PG, "hstore")).isEqualTo("hstore");
        assertThat(hcl(PG, "integer[]")).isNull();
        assertThat(hcl(PG, "citext")).isNull();
        assertThat(PG.fromHcl("int", List.of(), false)).isEqualTo(PG.parse("integer"));
        assertThat(PG.fromHcl("varchar", List.of(new BigDecimal(255)), false)).isEqualTo(PG.parse("varchar(255)"));
        assertThat(PG.fromHcl("tinytext", List.of(), false)).isNull();
        assertThatThrownBy(() -> PG.fromHcl("integer", List.of(BigDecimal.ONE), false))
                .hasMessage("type integer takes no arguments");
        assertThatThrownBy(() -> PG.fromHcl("integer", List.of(), true)).hasMessage("PostgreSQL has no unsigned types");
    }

    @Test
    void mysqlNormalForm() {
        normal(MY, "int(11)", "int", TypeKind.INTEGER);
        normal(MY, "INT(10) UNSIGNED", "int unsigned", TypeKind.INTEGER);
        normal(MY, "integer", "int", TypeKind.INTEGER);
        normal(MY, "tinyint(1)", "tinyint(1)", TypeKind.BOOLEAN);
        normal(MY, "bool", "tinyint(1)", TypeKind.BOOLEAN);
        normal(MY, "tinyint(4)", "tinyint", TypeKind.INTEGER);
        normal(MY, "decimal", "decimal(10,0)", TypeKind.DECIMAL);
        normal(MY, "numeric(5,2) unsigned", "decimal(5,2) unsigned", TypeKind.DECIMAL);
        normal(MY, "float(30)", "double", TypeKind.FLOAT);
        normal(MY, "real", "double", TypeKind.FLOAT);
        normal(MY, "double precision", "double", TypeKind.FLOAT);
        normal(MY, "text(100)", "tinytext", TypeKind.STRING);
        normal(MY, "blob(70000)", "mediumblob", TypeKind.BINARY);
        normal(MY, "datetime(0)", "datetime", TypeKind.TIME);
        normal(MY, "char", "char(1)", TypeKind.STRING);
        normal(MY, "enum('a','it''s')", "enum('a','it''s')", TypeKind.ENUM);
        normal(MY, "ENUM('A')", "enum('A')", TypeKind.ENUM);
        assertThat(MY.parse("enum('a','it''s')").values()).containsExactly("a", "it's");
        assertThat(MY.parse("int unsigned").unsigned()).isTrue();
    }

    @Test
    void mysqlHclNames() {
        assertThat(hcl(MY, "tinyint(1)")).isEqualTo("bool");
        assertThat(hcl(MY, "int unsigned")).isEqualTo("int unsigned");
        assertThat(hcl(MY, "decimal(10,0)")).isEqualTo("decimal[10]");
        assertThat(hcl(MY, "decimal(10,2) unsigned")).isEqualTo("decimal[10, 2] unsigned");
        assertThat(hcl(MY, "double(10,2)")).isEqualTo("double[10, 2]");
        assertThat(hcl(MY, "varchar(255)")).isEqualTo("varchar[255]");
        assertThat(hcl(MY, "timestamp(6)")).isEqualTo("timestamp[6]");
        assertThat(hcl(MY, "longtext")).isEqualTo("longtext");
        assertThat(hcl(MY, "enum('a','it''s')")).isEqualTo("enum[a, it's]");
        assertThat(hcl(MY, "set('x')")).isEqualTo("set[x]");
        assertThat(hcl(MY, "int zerofill")).isNull();
        assertThatThrownBy(() -> MY.fromHcl("varchar", List.of(), false))
                .hasMessage("type varchar needs a size: varchar(255)");
    }

    @Test
    void sqliteNormalForm() {
        normal(LITE, "", "blob", TypeKind.BINARY);
        normal(LITE, "INT", "int", TypeKind.INTEGER);
        normal(LITE, "VARCHAR(255)", "varchar(255)", TypeKind.STRING);
        normal(LITE, "unsigned  big int", "unsigned big int", TypeKind.INTEGER);
        normal(LITE, "USER_DEFINED", "USER_DEFINED", TypeKind.OTHER);
        assertThat(hcl(LITE, "unsigned big int")).isEqualTo("unsigned_big_int");
        assertThat(hcl(LITE, "decimal(10,2)")).isEqualTo("decimal[10, 2]");
        assertThat(hcl(LITE, "uint64")).isEqualTo("uint64");
        assertThat(hcl(LITE, "char(10)")).isNull();
        assertThat(hcl(LITE, "USER_DEFINED")).isNull();
    }
}
