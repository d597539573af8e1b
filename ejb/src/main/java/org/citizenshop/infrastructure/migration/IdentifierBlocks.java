package org.citizenshop.infrastructure.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A sequence from which an entity draws its identifiers a block at a time, instead of its table's
 * identity column, whose value the database gives only when the row is inserted: every row had to be
 * inserted on its own, at once, so that its identifier was known. With identifiers drawn ahead, the
 * rows of one kind written in one transaction are inserted together in a few statements. Hibernate's
 * pooled optimizer reads a value of the sequence as the last of a block: the sequence starts one
 * block after the highest identifier given, so the first block begins right after it. The identity
 * column stays as it is, unused by the application. Java, not SQL, because PostgreSQL and H2 have no
 * common way to start a sequence at a value read from a table.
 */
final class IdentifierBlocks {

    private IdentifierBlocks() {}

    /** Creates {@code sequence}, handing out {@code block} identifiers a value, after those of {@code table}. */
    static void create(Connection connection, String table, String sequence, int block) throws SQLException {
        long highest;
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select coalesce(max(id), 0) from " + table)) {
            row.next();
            highest = row.getLong(1);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create sequence " + sequence + " start with " + (highest + block) + " increment by " + block);
        }
    }
}
