package dev.strata;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The public API of strata-core is what {@code strata-core/api.txt} says, no more and no less. A
 * change to a public signature a user can reach fails here until the file is regenerated, so the
 * change is seen in review:
 *
 * <pre>./mvnw -B -pl strata-core test -Dtest=ApiSnapshotTest -Dstrata.api.update=true</pre>
 */
class ApiSnapshotTest {

    private static final Path FILE = Path.of("api.txt");
    private static final String HOW_TO_UPDATE = "./mvnw -B -pl strata-core test -Dtest=ApiSnapshotTest"
            + " -Dstrata.api.update=true";

    @Test
    void theApiIsWhatApiTxtSays() throws IOException {
        String now = ApiSnapshot.render(ApiSnapshot.reachable(ApiSnapshot.roots()));
        if (Boolean.getBoolean("strata.api.update")) {
            Files.writeString(FILE, now, StandardCharsets.UTF_8);
            return;
        }
        String checkedIn = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        if (!now.equals(checkedIn)) {
            fail("the public API of strata-core differs from strata-core/api.txt:\n" + diff(checkedIn, now)
                    + "\nIf the change is meant, regenerate the file, review its diff and commit it:\n  "
                    + HOW_TO_UPDATE);
        }
    }

    /** The snapshot sees what it should: an engine class stays out, a type the API reaches is in. */
    @Test
    void theSnapshotFollowsTheSignatures() {
        Set<Class<?>> api = ApiSnapshot.reachable(ApiSnapshot.roots());
        assertThat(api).contains(Strata.class, Strata.Builder.class, dev.strata.migrate.exec.ApplyResult.class,
                dev.strata.migrate.exec.ApplyResult.FileResult.class, dev.strata.migrate.exec.ApplyEvent.Planned.class,
                dev.strata.migrate.exec.InDoubt.class, dev.strata.migrate.MigrationFile.class,
                dev.strata.url.DatabaseUrl.class, dev.strata.migrate.exec.ApplyException.class);
        assertThat(api).doesNotContain(dev.strata.migrate.exec.Migrator.class, dev.strata.dialect.Session.class,
                dev.strata.migrate.exec.RevisionTable.class, dev.strata.text.Durations.class);
    }

    /** The lines only one side has, each marked {@code -} (api.txt) or {@code +} (the code), with its type. */
    private static String diff(String was, String is) {
        Set<String> before = qualified(was);
        Set<String> after = qualified(is);
        List<String> out = new ArrayList<>();
        before.stream().filter(l -> !after.contains(l)).forEach(l -> out.add("- " + l));
        after.stream().filter(l -> !before.contains(l)).forEach(l -> out.add("+ " + l));
        return String.join("\n", out.size() > 60 ? out.subList(0, 60) : out)
                + (out.size() > 60 ? "\n... (" + (out.size() - 60) + " more)" : "");
    }

    /** Each member line prefixed by the type it belongs to. */
    private static Set<String> qualified(String api) {
        Set<String> out = new LinkedHashSet<>();
        String type = "";
        for (String line : api.lines().toList()) {
            if (line.startsWith("  ")) {
                out.add(type + ":" + line.substring(1));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                type = line;
                out.add(line);
            }
        }
        return out;
    }
}
