package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;

import java.util.List;

/** Files were added before the last applied one, and the execution order is linear. */
public final class OutOfOrderException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient List<MigrationFile> outOfOrder;
    private final transient List<MigrationFile> pending;

    OutOfOrderException(List<MigrationFile> outOfOrder, List<MigrationFile> pending) {
        super(message(outOfOrder));
        this.outOfOrder = List.copyOf(outOfOrder);
        this.pending = List.copyOf(pending);
    }

    private static String message(List<MigrationFile> files) {
        String names = String.join(", ", files.stream().map(MigrationFile::name).toList());
        String what = files.size() == 1 ? "file " + names + " was" : "files " + names + " were";
        return "migration " + what + " added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error";
    }

    public List<MigrationFile> outOfOrder() {
        return outOfOrder;
    }

    public List<MigrationFile> pending() {
        return pending;
    }
}
