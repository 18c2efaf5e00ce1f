package dev.strata.migrate.adopt;

import java.util.List;

/**
 * What {@code migrate adopt} wrote, or would write with {@code --dry-run}.
 *
 * @param tool            the old tool
 * @param historyTable    its history table, {@code schema.table}
 * @param revisionsTable  the revisions table, {@code schema.table}
 * @param adopted         one revision per applied file, in directory order
 * @param pending         the files the old tool did not apply: the next {@code migrate apply} runs them
 * @param outOfOrder      those of the pending files that sort before the last adopted one, which a
 *                        linear {@code migrate apply} refuses
 * @param notes           what the history holds that is not carried over, and why
 * @param dryRun          whether nothing was written
 */
public record AdoptResult(String tool, String historyTable, String revisionsTable, List<AdoptedFile> adopted,
                          List<String> pending, List<String> outOfOrder, List<String> notes, boolean dryRun) {

    public AdoptResult {
        adopted = List.copyOf(adopted);
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
        notes = List.copyOf(notes);
    }
}
