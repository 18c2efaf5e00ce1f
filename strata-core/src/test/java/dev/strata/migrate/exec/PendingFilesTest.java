package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files a run applies, as Atlas's {@code Executor.Pending} decides, table by table: no
 * database, just files and rows in. Files are versions ({@code 2*} a checkpoint); rows are
 * {@code version:applied/total}; the outcome reads {@code pending [..] baseline v skipped [..]} or
 * {@code error: message}.
 */
class PendingFilesTest {

    /** One row of the table. */
    private record Case(String name, String files, String rows, ExecOrder order, String baseline,
                        boolean allowDirty, String dirty, int amount, String outcome) {
    }

    private static Case fresh(String name, String files, String outcome) {
        return new Case(name, files, "", ExecOrder.LINEAR, null, false, null, 0, outcome);
    }

    private static Case after(String name, String files, String rows, ExecOrder order, String outcome) {
        return new Case(name, files, rows, order, null, false, null, 0, outcome);
    }

    private static final ExecOrder LINEAR = ExecOrder.LINEAR;

    private static final List<Case> CASES = List.of(
            fresh("first run on a clean database runs everything", "1 2 3", "pending [1, 2, 3]"),
            fresh("first run starts at the last checkpoint", "1 2* 3", "pending [2, 3]"),
            fresh("first run of nothing", "", "pending []"),
            new Case("first run on a dirty database is refused", "1 2 3", "", LINEAR, null, false, "found table \"t\"",
                    0, "error: connected database is not clean: found table \"t\". baseline version or allow-dirty is"
                    + " required"),
            new Case("allow-dirty does not even ask", "1 2 3", "", LINEAR, null, true, "ASKED", 0,
                    "pending [1, 2, 3]"),
            new Case("a baseline on a dirty database", "1 2 3", "", LINEAR, "2", false, "found table \"t\"", 0,
                    "pending [3] baseline 2"),
            new Case("a baseline on a clean database", "1 2 3", "", LINEAR, "2", false, null, 0,
                    "pending [3] baseline 2"),
            new Case("a baseline at the last file", "1 2 3", "", LINEAR, "3", false, null, 0, "pending [] baseline 3"),
            new Case("an unknown baseline", "1 2 3", "", LINEAR, "7", false, null, 0,
                    "error: baseline version \"7\" not found"),
            new Case("a baseline is ignored once there are rows", "1 2 3", "1:1/1", LINEAR, "2", false, null, 0,
                    "pending [2, 3]"),
            after("files after the last row", "1 2 3 4", "1:1/1 2:2/2", LINEAR, "pending [3, 4]"),
            after("up to date", "1 2 3", "1:1/1 2:1/1 3:2/2", LINEAR, "pending []"),
            after("rows beyond the files", "1 2", "1:1/1 2:1/1 5:1/1", LINEAR, "pending []"),
            after("a partial last file is resumed", "1 2 3", "1:1/1 2:1/2", LINEAR, "pending [2, 3]"),
            after("a partial row without its file", "1 2", "1:1/1 5:0/2", LINEAR, "error: missing migration: revision"
                    + " \"5_x.sql\" is partially applied but migration file was not found"),
            after("a partially applied checkpoint and what follows it", "1 2* 3", "1:1/1 2:0/1", LINEAR,
                    "pending [2, 3]"),
            after("files before the first row are not out of order", "1 2 3 4", "3:1/1", LINEAR, "pending [4]"),
            after("out of order, linear: refused", "1 2 3 4", "1:1/1 3:1/1", LINEAR, "error: migration file 2_x.sql"
                    + " was added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error"),
            after("out of order, linear-skip: left out", "1 2 3 4", "1:1/1 3:1/1", ExecOrder.LINEAR_SKIP,
                    "pending [4] skipped [2]"),
            after("out of order, non-linear: run first", "1 2 3 4", "1:1/1 3:1/1", ExecOrder.NON_LINEAR,
                    "pending [2, 4] skipped [2]"),
            after("two out of order, linear", "1 2 3 4 5", "1:1/1 4:1/1", LINEAR, "error: migration files 2_x.sql,"
                    + " 3_x.sql were added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error"),
            new Case("an amount takes the first files", "1 2 3", "", LINEAR, null, false, null, 2, "pending [1, 2]"),
            new Case("an amount larger than the pending files", "1 2 3", "1:1/1", LINEAR, null, false, null, 5,
                    "pending [2, 3]"),
            new Case("an amount keeps the baseline", "1 2 3 4", "", LINEAR, "1", false, null, 1,
                    "pending [2] baseline 1"));

    @TestFactory
    Stream<DynamicTest> pendingFiles() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertThat(outcome(c)).isEqualTo(
                c.outcome())));
    }

    private static String outcome(Case c) {
        PendingFiles.FirstRunCheck clean = () -> {
            if ("ASKED".equals(c.dirty())) {
                throw new AssertionError("the clean check was asked");
            }
            return Optional.ofNullable(c.dirty());
        };
        PendingFiles p;
        try {
            p = PendingFiles.of(files(c.files()), rows(c.rows()), c.order(), c.baseline(), c.allowDirty(), clean)
                    .first(c.amount());
        } catch (StrataException | java.sql.SQLException e) {
            return "error: " + e.getMessage();
        }
        String out = "pending " + versions(p.pending());
        if (p.baseline() != null) {
            assertThat(p.baseline().type()).isEqualTo(Revision.BASELINE);
            out += " baseline " + p.baseline().version();
        }
        return p.outOfOrder().isEmpty() ? out : out + " skipped " + versions(p.outOfOrder());
    }

    private static List<MigrationFile> files(String spec) {
        List<MigrationFile> out = new ArrayList<>();
        for (String v : spec.split(" ")) {
            if (v.isEmpty()) {
                continue;
            }
            boolean checkpoint = v.endsWith("*");
            String version = checkpoint ? v.substring(0, v.length() - 1) : v;
            String text = (checkpoint ? "-- atlas:checkpoint\n\n" : "") + "SELECT " + version + ";\n";
            out.add(new MigrationFile(version + "_x.sql", text.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static List<Revision> rows(String spec) {
        List<Revision> out = new ArrayList<>();
        for (String r : spec.split(" ")) {
            if (r.isEmpty()) {
                continue;
            }
            String[] parts = r.split("[:/]");
            out.add(new Revision(parts[0], "x", Revision.EXECUTED, Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Instant.EPOCH, Duration.ZERO, "", "", "", List.of(), ""));
        }
        return out;
    }

    private static List<String> versions(List<MigrationFile> files) {
        return files.stream().map(MigrationFile::version).toList();
    }
}
