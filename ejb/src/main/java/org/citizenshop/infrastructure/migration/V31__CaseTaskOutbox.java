package org.citizenshop.infrastructure.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Case tasks become their own outbox: a task handed to the integration layer is due at {@code
 * next_attempt_at}, and the integration layer's workers claim the due ones in batches (pushing the
 * time on by a lease and naming their node in {@code claimed_by}), deliver them and record the
 * answers in one transaction per batch. Before, each task was a JMS message sent in the transaction
 * that changed its case, and each delivery its own transaction with two resources.
 *
 * <p>Tasks that were queued when this runs (their JMS messages are now ignored) are due at once. On
 * PostgreSQL the claim's index holds the pending tasks only, so the rows of finished tasks cost it
 * nothing; H2 (the embedded database of a first run) has no partial indexes and gets a plain one.
 */
public class V31__CaseTaskOutbox extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgresql = context.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgresql");
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("alter table case_task add column next_attempt_at timestamp with time zone");
            ddl.execute("alter table case_task add column claimed_by varchar(100)");
            ddl.execute("update case_task set next_attempt_at = handed_off_at"
                    + " where status = 'PENDING' and handed_off_at is not null");
            ddl.execute(
                    postgresql
                            ? "create index case_task_due_ix on case_task (next_attempt_at) where status = 'PENDING'"
                            : "create index case_task_due_ix on case_task (status, next_attempt_at)");
        }
    }
}
