package org.citizenshop.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations and the demo data load on H2, the embedded default (PostgreSQL is covered by the ITs). */
class MigrationsTest {

    private JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Test
    void schemaAndDemoNetworkLoad() throws SQLException {
        JdbcDataSource dataSource = h2("demo");

        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/demo")
                .load()
                .migrate();

        assertThat(result.success).isTrue();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(count(sql, "select count(*) from agency")).isEqualTo(6);
            assertThat(count(sql, "select count(*) from public_service")).isEqualTo(23);
            assertThat(
                            count(
                                    sql,
                                    "select count(*) from desk where shop_id = (select id from shop where code = 'LX-LARANJEIRAS')"))
                    .isEqualTo(8);
            // Every service feeds exactly one queue in each shop.
            assertThat(count(
                            sql,
                            "select count(*) from (select q.shop_id, qs.service_id from queue_service qs"
                                    + " join service_queue q on q.id = qs.queue_id group by q.shop_id, qs.service_id"
                                    + " having count(*) > 1) clash"))
                    .isZero();
            assertThat(count(sql, "select count(*) from queue_service")).isEqualTo(46);
            assertThat(count(
                            sql,
                            "select count(*) from desk_service ds join desk d on d.id = ds.desk_id"
                                    + " where d.code = 'LXL-03'"))
                    .isEqualTo(7);
        }
    }

    @Test
    void withoutDemoData_onlyTheReferenceCatalogueLoads() throws SQLException {
        JdbcDataSource dataSource = h2("production");

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(count(sql, "select count(*) from shop")).isZero();
            assertThat(count(sql, "select count(*) from public_service")).isEqualTo(23);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
