package org.citizenshop.infrastructure.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tickets take their identifiers from a sequence that hands out {@link #BLOCK} at a time
 * ({@link IdentifierBlocks}), instead of the identity column: the tickets numbered in one transaction
 * (and their journey steps) are inserted together in a few statements.
 */
public class V26__TicketIdentifiers extends BaseJavaMigration {

    /** The name of the sequence, as {@code Ticket} maps it. */
    public static final String SEQUENCE = "ticket_ids";

    /** Identifiers per value of the sequence: its increment, and the entity's allocation size. */
    public static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        IdentifierBlocks.create(context.getConnection(), "ticket", SEQUENCE, BLOCK);
    }
}
