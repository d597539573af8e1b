package org.citizenshop.infrastructure.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Case numbers come from one database sequence per year instead of the counter row of V15. The row
 * was locked from a submission's number until its commit (the message hand-off's two-phase commit
 * included), so every case of the whole network waited for the one before it; a sequence hands out
 * a number without a lock. A number drawn by a submission that then rolls back is not used again:
 * references stay unique and rising, with a gap now and then. Each sequence starts after the last
 * number its year's counter gave, so no reference already issued comes back; the counter goes.
 * Java, not SQL, because PostgreSQL and H2 have no common way to start a sequence at a value read
 * from a table.
 */
public class V21__CaseNumberSequences extends BaseJavaMigration {

    /** The years with a sequence: those the counter had rows for. */
    public static final int FIRST_YEAR = 2025;

    public static final int LAST_YEAR = 2035;

    /** The name of the year's sequence, for a year between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static String sequenceOf(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalStateException("No case numbering for the year " + year);
        }
        return "case_number_" + year;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            long last = 0;
            try (PreparedStatement select =
                    connection.prepareStatement("select last_number from case_counter where counter_year = ?")) {
                select.setInt(1, year);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        last = row.getLong(1);
                    }
                }
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create sequence " + sequenceOf(year) + " start with " + (last + 1) + " increment by 1");
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop table case_counter");
        }
    }
}
