package org.citizenshop.infrastructure.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Cases, their tasks, the documents agencies issue and the data tracker's entries take their
 * identifiers from sequences that hand out {@link #BLOCK} at a time ({@link IdentifierBlocks}), as
 * tickets do since V26: the answers of a batch of delivered tasks (TaskOutbox) keep a document and a
 * tracker's entry each, one insert statement per row while identity columns gave the identifiers,
 * and now a few statements for the whole batch; a life event's tasks are inserted together too.
 */
public class V32__CaseIdentifiers extends BaseJavaMigration {

    /** Identifiers per value of each sequence: its increment, and the entities' allocation size. */
    public static final int BLOCK = 50;

    /** The sequence of {@code citizen_case}, as {@code CitizenCase} maps it. */
    public static final String CASES = "citizen_case_ids";

    /** The sequence of {@code case_task}, as {@code CaseTask} maps it. */
    public static final String TASKS = "case_task_ids";

    /** The sequence of {@code proof_document}, as {@code ProofDocument} maps it. */
    public static final String DOCUMENTS = "proof_document_ids";

    /** The sequence of {@code data_access}, as {@code DataAccess} maps it. */
    public static final String DATA_ACCESSES = "data_access_ids";

    @Override
    public void migrate(Context context) throws SQLException {
        IdentifierBlocks.create(context.getConnection(), "citizen_case", CASES, BLOCK);
        IdentifierBlocks.create(context.getConnection(), "case_task", TASKS, BLOCK);
        IdentifierBlocks.create(context.getConnection(), "proof_document", DOCUMENTS, BLOCK);
        IdentifierBlocks.create(context.getConnection(), "data_access", DATA_ACCESSES, BLOCK);
    }
}
