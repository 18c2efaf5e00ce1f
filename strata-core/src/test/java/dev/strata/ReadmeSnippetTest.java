package dev.strata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Java snippet compiles as written, imports and all, against strata-core. */
class ReadmeSnippetTest {

    @TempDir
    Path tmp;

    @Test
    void theJavaApiSnippetCompiles() throws Exception {
        String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        int section = readme.indexOf("\n## Java API\n");
        assertThat(section).as("the README's Java API section").isPositive();
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(section)).as("a ```java block in the Java API section").isTrue();
        String source = block.group(1);
        Matcher type = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)").matcher(source);
        assertThat(type.find()).as("the snippet declares a class:\n" + source).isTrue();
        Path file = tmp.resolve(type.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8), "-Xlint:all",
                "-Werror", "-proc:none", "-classpath", System.getProperty("java.class.path"), "-d",
                tmp.toString(), file.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }
}
