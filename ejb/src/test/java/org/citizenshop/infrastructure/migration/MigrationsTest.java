package org.citizenshop.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.SequenceGenerator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.ProofDocument;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.ticket.Ticket;
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

        MigrateResult result = SchemaMigration.configure(dataSource, "classpath:db/migration", "classpath:db/demo")
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
    void caseNumbers_continueAfterTheLastOneTheCounterGave_fromOneSequencePerYear() throws SQLException {
        JdbcDataSource dataSource = h2("case-numbers");
        SchemaMigration.configure(dataSource, "classpath:db/migration")
                .target("20")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("update case_counter set last_number = 16 where counter_year = 2026");
        }

        SchemaMigration.configure(dataSource, "classpath:db/migration").load().migrate();

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(count(sql, "select nextval('case_number_2026')")).isEqualTo(17);
            assertThat(count(sql, "select nextval('case_number_2026')")).isEqualTo(18);
            assertThat(count(sql, "select nextval('case_number_2027')")).isEqualTo(1);
            assertThat(count(
                            sql,
                            "select count(*) from information_schema.tables where lower(table_name) = 'case_counter'"))
                    .isZero();
        }
        assertThat(V21__CaseNumberSequences.sequenceOf(2035)).isEqualTo("case_number_2035");
        assertThatThrownBy(() -> V21__CaseNumberSequences.sequenceOf(2036))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2036");
    }

    @Test
    void ticketIdentifiers_comeFromASequenceInBlocks_whoseFirstBlockBeginsAfterTheHighestGiven() throws SQLException {
        JdbcDataSource dataSource = h2("ticket-ids");
        SchemaMigration.configure(dataSource, "classpath:db/migration", "classpath:db/demo")
                .target("25")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into ticket (id, shop_id, queue_id, service_id, service_day, number, status,"
                    + " channel, issued_at, access_code) select 120, q.shop_id, q.id, qs.service_id, date '2026-11-27',"
                    + " 'A001', 'WAITING', 'KIOSK', current_timestamp, 'code-120' from service_queue q"
                    + " join queue_service qs on qs.queue_id = q.id fetch first 1 rows only");
        }

        SchemaMigration.configure(dataSource, "classpath:db/migration", "classpath:db/demo")
                .load()
                .migrate();

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            // Hibernate's pooled optimizer takes a value as the last of its block: 121..170, then 171..220.
            assertThat(count(sql, "select nextval('" + V26__TicketIdentifiers.SEQUENCE + "')"))
                    .isEqualTo(120 + V26__TicketIdentifiers.BLOCK);
            assertThat(count(sql, "select nextval('" + V26__TicketIdentifiers.SEQUENCE + "')"))
                    .isEqualTo(120 + 2 * V26__TicketIdentifiers.BLOCK);
        }
    }

    @Test
    void theTicketEntity_drawsItsIdentifiersFromThatSequence_inBlocksOfItsIncrement() throws NoSuchFieldException {
        SequenceGenerator generator = Ticket.class.getDeclaredField("id").getAnnotation(SequenceGenerator.class);

        assertThat(generator.sequenceName()).isEqualTo(V26__TicketIdentifiers.SEQUENCE);
        assertThat(generator.allocationSize()).isEqualTo(V26__TicketIdentifiers.BLOCK);
    }

    @Test
    void caseIdentifiers_comeFromSequencesInBlocks_whoseFirstBlocksBeginAfterTheHighestGiven() throws SQLException {
        JdbcDataSource dataSource = h2("case-ids");
        SchemaMigration.configure(dataSource, "classpath:db/migration", "classpath:db/demo")
                .target("31")
                .load()
                .migrate();
        long highestTask;
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(
                    "insert into citizen_case (id, reference, tracking_code, shop_id, channel, form_data,"
                            + " submitted_by, submitted_at) values (70, 'CS-2026-000001', 'ABCD2345',"
                            + " (select id from shop where code = 'LX-LARANJEIRAS'), 'DESK', '{}', 'clerk1', current_timestamp)");
            sql.executeUpdate("insert into case_task (case_id, request_key, service_id, position, status, updated_at)"
                    + " select 70, k.request_key, s.id, k.position, 'PENDING', current_timestamp"
                    + " from public_service s, (values ('key-1', 1, 'IRN-BIRTH'), ('key-2', 2, 'AT-NIF'))"
                    + " as k (request_key, position, service) where s.code = k.service");
            highestTask = count(sql, "select max(id) from case_task");
        }

        SchemaMigration.configure(dataSource, "classpath:db/migration", "classpath:db/demo")
                .load()
                .migrate();

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            // The first block of each begins right after the highest identifier its table holds (none: 1..50).
            assertThat(count(sql, "select nextval('" + V32__CaseIdentifiers.CASES + "')"))
                    .isEqualTo(70 + V32__CaseIdentifiers.BLOCK);
            assertThat(count(sql, "select nextval('" + V32__CaseIdentifiers.TASKS + "')"))
                    .isEqualTo(highestTask + V32__CaseIdentifiers.BLOCK);
            assertThat(count(sql, "select nextval('" + V32__CaseIdentifiers.TASKS + "')"))
                    .isEqualTo(highestTask + 2 * V32__CaseIdentifiers.BLOCK);
            assertThat(count(sql, "select nextval('" + V32__CaseIdentifiers.DOCUMENTS + "')"))
                    .isEqualTo(V32__CaseIdentifiers.BLOCK);
            assertThat(count(sql, "select nextval('" + V32__CaseIdentifiers.DATA_ACCESSES + "')"))
                    .isEqualTo(V32__CaseIdentifiers.BLOCK);
        }
    }

    @Test
    void theCaseEntities_drawTheirIdentifiersFromThoseSequences_inBlocksOfTheirIncrement() throws NoSuchFieldException {
        Map<Class<?>, String> sequences = Map.of(
                CitizenCase.class, V32__CaseIdentifiers.CASES,
                CaseTask.class, V32__CaseIdentifiers.TASKS,
                ProofDocument.class, V32__CaseIdentifiers.DOCUMENTS,
                DataAccess.class, V32__CaseIdentifiers.DATA_ACCESSES);

        for (Map.Entry<Class<?>, String> entity : sequences.entrySet()) {
            SequenceGenerator generator = entity.getKey().getDeclaredField("id").getAnnotation(SequenceGenerator.class);
            assertThat(generator).as(entity.getKey().getSimpleName()).isNotNull();
            assertThat(generator.sequenceName())
                    .as(entity.getKey().getSimpleName())
                    .isEqualTo(entity.getValue());
            assertThat(generator.allocationSize())
                    .as(entity.getKey().getSimpleName())
                    .isEqualTo(V32__CaseIdentifiers.BLOCK);
        }
    }

    @Test
    void withoutDemoData_onlyTheReferenceCatalogueLoads() throws SQLException {
        JdbcDataSource dataSource = h2("production");

        SchemaMigration.configure(dataSource, "classpath:db/migration").load().migrate();

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(count(sql, "select count(*) from shop")).isZero();
            assertThat(count(sql, "select count(*) from public_service")).isEqualTo(23);
        }
    }

    @Test
    void aProofDocument_keepsItsBytes_orItsProblem_neverBothNorNeither() throws SQLException {
        JdbcDataSource dataSource = h2("proofs");
        SchemaMigration.configure(dataSource, "classpath:db/migration", "classpath:db/demo")
                .load()
                .migrate();
        byte[] pdf = "%PDF-1.6 a certificate".getBytes(StandardCharsets.US_ASCII);

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(
                    "insert into citizen_case (reference, tracking_code, shop_id, channel, form_data,"
                            + " submitted_by, submitted_at) values ('CS-2026-000001', 'ABCD2345',"
                            + " (select id from shop where code = 'LX-LARANJEIRAS'), 'DESK', '{}', 'clerk1', current_timestamp)");
            sql.executeUpdate("insert into case_task (case_id, request_key, service_id, position, status, updated_at)"
                    + " select c.id, k.request_key, s.id, k.position, 'COMPLETED', current_timestamp"
                    + " from citizen_case c, public_service s, (values ('key-1', 1, 'IRN-BIRTH'), ('key-2', 2, 'AT-NIF'))"
                    + " as k (request_key, position, service) where s.code = k.service");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into proof_document (task_id, verification_code, sha256, content_type, file_name,"
                            + " size_bytes, content, received_at) select id, 'IRN-7KQ3-9XMP-2B4D', ?, 'application/pdf',"
                            + " 'a.pdf', ?, ?, current_timestamp from case_task where request_key = 'key-1'")) {
                insert.setString(1, "0".repeat(64));
                insert.setInt(2, pdf.length);
                insert.setBytes(3, pdf);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (ResultSet stored = sql.executeQuery("select content from proof_document")) {
                stored.next();
                assertThat(stored.getBytes(1)).isEqualTo(pdf);
            }
            assertThatThrownBy(() -> sql.executeUpdate(
                            "insert into proof_document (task_id, verification_code, sha256, problem, received_at)"
                                    + " select id, 'AT-AAAA-BBBB-CCCC', 'x', 'not a PDF', current_timestamp"
                                    + " from case_task where request_key = 'key-2'"))
                    .isInstanceOf(SQLException.class);
            assertThat(sql.executeUpdate("insert into proof_document (task_id, problem, received_at)"
                            + " select id, 'not a PDF', current_timestamp from case_task where request_key = 'key-2'"))
                    .isEqualTo(1);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
