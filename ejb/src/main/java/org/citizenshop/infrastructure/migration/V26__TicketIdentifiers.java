package org.citizenshop.infrastructure.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tickets take their identifiers from a sequence that hands out {@link #BLOCK} at a time, instead
 * of the identity column, whose value the database gives only when the row is inserted: every
 * ticket had to be inserted on its own, at once, so that its identifier was known. With
 * identifiers drawn ahead, the tickets numbered in one transaction (and their journey steps) are
 * inserted together in a few statements. Hibernate's pooled optimizer reads a value of the sequence
 * as the last of a block: the sequence starts one block after the highest identifier given, so the
 * first block begins right after it. The identity column stays as it is, unused by the application.
 * Java, not SQL, because PostgreSQL and H2 have no common way to start a sequence at a value read
 * from a table.
 */
public class V26__TicketIdentifiers extends BaseJavaMigration {

    /** The name of the sequence, as {@code Ticket} maps it. */
    public static final String SEQUENCE = "ticket_ids";

    /** Identifiers per value of the sequence: its increment, and the entity's allocation size. */
    public static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long highest;
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select coalesce(max(id), 0) from ticket")) {
            row.next();
            highest = row.getLong(1);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create sequence " + SEQUENCE + " start with " + (highest + BLOCK) + " increment by " + BLOCK);
        }
    }
}
