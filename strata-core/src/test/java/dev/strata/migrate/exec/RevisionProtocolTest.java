package dev.strata.migrate.exec;

import dev.strata.dialect.ImplicitCommits;
import dev.strata.dialect.mysql.MySqlDialect;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording protocol of the executor, step by step, without a database: for each transaction
 * mode, on a database whose DDL is transactional and on one whose DDL commits on its own (MySQL's
 * rules), the run fails or dies at the n-th write of a revision row, and at the n-th statement, for
 * every n. After each, what was committed must be what the rows say: a file without a row ran
 * nothing, a complete row ran all, an in-doubt row ran the statements it counts and maybe the one
 * it names, any other row exactly the statements it counts. Then a run without the fault (settling
 * a statement in doubt by what really happened) must end with every statement run exactly once.
 */
class RevisionProtocolTest {

    private static final List<MigrationFile> FILES = List.of(
            file("1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"),
            file("2_b.sql", "INSERT INTO a VALUES (2);\nCREATE TABLE b (id int);\nCREATE INDEX b_id ON b (id);\n"
                    + "INSERT INTO b VALUES (1);\n"),
            file("3_c.sql", "INSERT INTO a VALUES (3);\nINSERT INTO b VALUES (2);\n"));

    private static final CheckedDir DIR = CheckedDir.of(new MigrationDir() {
        @Override
        public String location() {
            return "memory";
        }

        @Override
        public List<MigrationFile> files() {
            return FILES;
        }

        @Override
        public Optional<byte[]> sumFile() {
            return Optional.of(SumFile.of(FILES).toBytes());
        }
    });

    /** Every statement of every file, in the order a run executes them. */
    private static final List<String> ALL = FILES.stream().flatMap(f -> statements(f).stream()).toList();

    @TestFactory
    Stream<DynamicTest> everyFaultAtEveryStepLeavesTheRecordTrue() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String flavour : List.of("transactional DDL", "DDL commits on its own")) {
            ImplicitCommits commits = flavour.startsWith("transactional") ? ImplicitCommits.NONE
                    : new MySqlDialect("mysql").implicitCommits();
            for (TxMode mode : TxMode.values()) {
                for (MemoryDb.Step step : MemoryDb.Step.values()) {
                    for (MemoryDb.Fault fault : MemoryDb.Fault.values()) {
                        tests.add(DynamicTest.dynamicTest(flavour + ", tx-mode " + mode.flag() + ", " + fault
                                + " at each " + step, () -> everyStep(commits, mode, step, fault)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private void everyStep(ImplicitCommits commits, TxMode mode, MemoryDb.Step step, MemoryDb.Fault fault) {
        int steps = 0;
        for (int n = 1; ; n++) {
            MemoryDb db = new MemoryDb(commits);
            db.plant(step, n, fault);
            try {
                run(db, commits, mode);
            } catch (ApplyException | MemoryDb.Crash e) {
                assertThat(db.faultHit()).as("a run fails only at the planted fault: %s", e).isTrue();
            }
            if (!db.faultHit()) {
                assertThat(db.done()).as("a run without a fault applies everything").isEqualTo(ALL);
                break;
            }
            steps++;
            String at = fault + " at " + step + " " + n;
            db.reconnect();
            assertRecordIsTrue(db, at);
            recover(db, commits, mode, at);
            assertThat(db.done()).as("%s, then a clean run: every statement once, in order", at).isEqualTo(ALL);
            assertThat(db.committedRows()).as(at).allSatisfy(r -> assertThat(r.isPartial()).isFalse())
                    .extracting(Revision::version).containsExactly("1", "2", "3");
        }
        assertThat(steps).as("faults planted").isGreaterThanOrEqualTo(FILES.size());
    }

    /** The committed statements are a prefix of the run, and each file's row says how much of it ran. */
    private static void assertRecordIsTrue(MemoryDb db, String at) {
        List<String> done = db.done();
        assertThat(ALL.subList(0, Math.min(done.size(), ALL.size()))).as("%s: ran in order, none twice", at)
                .isEqualTo(done);
        int before = 0;
        for (MigrationFile f : FILES) {
            int total = statements(f).size();
            int ran = Math.max(0, Math.min(total, done.size() - before));
            before += total;
            Revision row = db.committedRows().stream().filter(r -> r.version().equals(f.version())).findFirst()
                    .orElse(null);
            String what = at + ", file " + f.name() + " (" + ran + " of " + total + " ran, row " + row + ")";
            if (row == null) {
                assertThat(ran).as(what).isZero();
            } else if (row.isInDoubt()) {
                assertThat(ran).as(what).isBetween(row.applied(), row.applied() + 1);
            } else {
                assertThat(ran).as(what).isEqualTo(row.applied());
            }
            if (row != null) {
                assertThat(row.partialHashes()).as(what + ": one stored hash per statement that ran")
                        .hasSize(row.isPartial() ? row.applied() : 0);
            }
        }
    }

    /** Runs again without the fault; a statement in doubt is settled by what the database shows. */
    private static void recover(MemoryDb db, ImplicitCommits commits, TxMode mode, String at) {
        db.clearFault();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                run(db, commits, mode);
                return;
            } catch (ApplyException e) {
                assertThat(e.getCause()).as(at + ": the next run stops only for a statement in doubt")
                        .isInstanceOf(InDoubtException.class);
                Revision row = db.committedRows().stream().filter(Revision::isInDoubt).findFirst().orElseThrow();
                List<String> inFile = statements(file(row.version()));
                int ran = (int) db.done().stream().filter(inFile::contains).count();
                migrator(db, commits, mode).resolveInDoubt(ran > row.applied() ? InDoubt.DONE : InDoubt.NOT_DONE);
            }
        }
        throw new AssertionError(at + ": no recovery after settling");
    }

    private static void run(MemoryDb db, ImplicitCommits commits, TxMode mode) {
        migrator(db, commits, mode).apply(0, MigrationListener.NONE);
    }

    private static Migrator migrator(MemoryDb db, ImplicitCommits commits, TxMode mode) {
        MigrateSettings settings = new MigrateSettings(null, null, mode, null, false, null, false, null, "test", null,
                0);
        return new Migrator(new MemorySession(db, commits), DIR, settings, MemorySession::store);
    }

    private static MigrationFile file(String version) {
        return FILES.stream().filter(f -> f.version().equals(version)).findFirst().orElseThrow();
    }

    private static MigrationFile file(String name, String text) {
        return new MigrationFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> statements(MigrationFile f) {
        try {
            return Scanner.scan(f.text(), Set.of()).stream().map(Statement::text).toList();
        } catch (dev.strata.migrate.lex.ScanException e) {
            throw new IllegalStateException(e);
        }
    }
}
