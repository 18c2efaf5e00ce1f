package dev.strata.spring;

import dev.strata.Strata;
import dev.strata.spring.nested.NestedJarMain;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.Library;
import org.springframework.boot.loader.tools.LibraryScope;
import org.springframework.boot.loader.tools.Repackager;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A classpath location inside a real Spring Boot executable jar, repackaged as the Boot Maven plugin
 * does it and run with {@code java -jar}: the migrations in {@code BOOT-INF/classes} and in a jar
 * nested in {@code BOOT-INF/lib}, read through Spring Boot's nested-jar URL handler.
 */
class NestedJarTest {

    @TempDir
    Path tmp;

    @Test
    void appliesMigrationsPackedInASpringBootExecutableJar() throws Exception {
        Path migrations = Path.of("src/test/resources/db/migrations");
        Map<String, byte[]> app = new LinkedHashMap<>();
        String main = NestedJarMain.class.getName().replace('.', '/') + ".class";
        app.put(main, Files.readAllBytes(classesOf(NestedJarMain.class).resolve(main)));
        app.putAll(TestJars.entriesOf(migrations, "db/migrations/"));
        Path source = TestJars.write(tmp.resolve("app.jar"), app);
        Path library = TestJars.write(tmp.resolve("pet-migrations.jar"), TestJars.entriesOf(migrations, "pets/db/"));

        Repackager repackager = new Repackager(source.toFile());
        repackager.setMainClass(NestedJarMain.class.getName());
        repackager.setBackupSource(false);
        Path boot = tmp.resolve("boot.jar");
        List<File> libraries = List.of(jarOf(Strata.class), jarOf(org.sqlite.JDBC.class), library.toFile());
        repackager.repackage(boot.toFile(), callback -> {
            for (File f : libraries) {
                callback.library(new Library(f, LibraryScope.COMPILE));
            }
        });

        try (TestDb db = TestDb.sqlite()) {
            String out = run(boot, db.url(), "classpath:db/migrations");
            assertThat(out).contains("found classpath:db/migrations at jar:nested:")
                    .contains("boot.jar/!BOOT-INF/classes/!/db/migrations\n")
                    .contains("applied 1_create_pets.sql\napplied 2_seed.sql\n")
                    .contains("hash: cannot write atlas.sum into classpath:db/migrations: a classpath location is"
                            + " read-only");
            assertThat(db.column("SELECT name FROM pets")).containsExactly("Rex");
        }
        try (TestDb db = TestDb.sqlite()) {
            String out = run(boot, db.url(), "classpath:pets/db");
            assertThat(out).contains("found classpath:pets/db at jar:nested:")
                    .contains("boot.jar/!BOOT-INF/lib/pet-migrations.jar!/pets/db\n")
                    .contains("applied 1_create_pets.sql\napplied 2_seed.sql\n");
            assertThat(db.column("SELECT version FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1", "2");
        }
    }

    private String run(Path jar, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static Path classesOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The jar a class comes from; a folder of classes (a reactor build before packaging) is packed first. */
    private File jarOf(Class<?> type) throws Exception {
        Path where = classesOf(type);
        if (Files.isRegularFile(where)) {
            return where.toFile();
        }
        return TestJars.write(tmp.resolve(type.getSimpleName() + "-classes.jar"), TestJars.entriesOf(where, ""))
                .toFile();
    }
}
