package org.citizenshop.benchmark.floor;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows the shop must write for a case, written the leanest way: the durable ceiling of {@link DurableRelay}
 * with {@code rows=shop}. Instead of its own table, the relay stores each request as a case in the shop's own tables
 * (the migrations' schema, its constraints and indexes): the case with its reference from the year's sequence and
 * its tracking code, one task per step, the data tracker's entry of the submission and, for a life event, the
 * citizen's consent and its entry; sending a task writes the tracker's entry of the data shared with the agency;
 * the agency's answer completes the task with its reference and outputs and keeps the document it issued (its
 * digest checked), with the tracker's entry of the result. Each of these in batches, plain JDBC, one commit per
 * batch. What it leaves out of the shop's work: dependencies between steps (every task may go at once), SLA
 * clocks, the board's notifications, JPA, JMS and the two-resource commit. The least any design of the shop can
 * write to PostgreSQL per case, with the same answer to the same request.
 *
 * <p>The case's reference, its number's sequence and its tracking code are made as the shop's {@code CaseReference},
 * {@code V21__CaseNumberSequences} and {@code TrackingCode} make them, written out here: the floor's WAR is deployed
 * without the application's classes, and bundling its EJB jar would deploy a second copy of it.
 *
 * <p>Tasks are claimed from {@code case_task} by a partial index of the pending ones that this class creates
 * (a batched design of the shop would need it as a migration). Their idempotency keys are made here, as long as the
 * shop's (36 characters, random), but start with {@link #KEY_PREFIX}, and only such tasks are claimed: the shop's
 * own, in the same tables (whose keys are UUIDs), are never taken.
 */
final class ShopRows {

    /** The steps of a life event with four: MOVING without its optional steps, as {@code bin/fanout} submits it. */
    static final List<String> MOVING_STEPS = List.of("IRN-ADDRESS", "AT-ADDRESS", "ISS-ADDRESS", "SNS-ADDRESS");

    static final String MOVING = "MOVING";

    /** What the keys of the tasks stored here start with, and the claim asks for. */
    static final String KEY_PREFIX = "BENCH-";

    /** The desk where a life event's consent is given in {@code bin/fanout}. */
    static final String CONSENT_DESK = "LXL-08";

    private static final String SUBMITTER = "clerk1";

    private static final String TRACKING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One reader factory for every body and answer: {@code Json.createReader} looks its provider up (a service loader's
     * scan of the class path) at every call, as the shop's translators learnt (b51e445).
     */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    /** What the citizen agrees to for MOVING: which data goes to which agency, as the consent's items are kept. */
    private static final String CONSENT_ITEMS =
            """
            [{"agency":"IRN","data":["IDENTITY","ADDRESS"],"purpose":"IRN-ADDRESS"},\
            {"agency":"AT","data":["IDENTITY","ADDRESS"],"purpose":"AT-ADDRESS"},\
            {"agency":"ISS","data":["IDENTITY","ADDRESS"],"purpose":"ISS-ADDRESS"},\
            {"agency":"SNS","data":["IDENTITY","ADDRESS"],"purpose":"SNS-ADDRESS"}]""";

    /** A request's case as it arrived: its shop, applicant and service, read from its body. */
    record CaseRequest(String shop, String applicant, String service, String body) {

        /** Reads the fields the case needs; a body without them is refused with the field that is missing. */
        static CaseRequest of(String body) {
            JsonObject json;
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                json = reader.readObject();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the body is not a JSON object: " + e.getMessage(), e);
            }
            String shop = json.getString("shop", null);
            String service = json.getString("service", null);
            JsonObject citizen = json.getJsonObject("citizen");
            String applicant = citizen == null ? null : citizen.getString("civilIdNumber", null);
            if (shop == null || service == null || applicant == null) {
                throw new IllegalArgumentException("the body needs shop, service and citizen.civilIdNumber");
            }
            return new CaseRequest(shop, applicant, service, body);
        }
    }

    /** A task's row and key, as the claim returns them. */
    private record TaskRow(long id, String key) {}

    /** A claimed task: its row, key, the case's body and reference, its applicant. */
    record ClaimedTask(long id, String key, String body, String reference, String applicant) {}

    /** What a life event or single service refers to: ids of the shop's catalogue rows. */
    private record Refs(long shop, Long lifeEvent, Integer lifeEventVersion, List<Long> services) {}

    private final Map<String, Refs> refs = new ConcurrentHashMap<>();

    /** Creates the partial index of pending tasks the claim uses, if it is not there. */
    static void prepare(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index if not exists bench_case_task_pending on case_task (id)"
                    + " where status = 'PENDING' and request_key like '" + KEY_PREFIX + "%'");
        }
    }

    /**
     * Stores the cases of these requests, each with {@code tasks} steps: the single service of its body, or (four)
     * MOVING's steps with a consent. One transaction.
     */
    void store(Connection connection, List<CaseRequest> requests, List<Integer> tasks) throws SQLException {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        List<Long> numbers = numbers(connection, year, requests.size());
        List<Refs> caseRefs = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            caseRefs.add(refs(connection, requests.get(i), tasks.get(i)));
        }
        List<Long> consents = new ArrayList<>(requests.size());
        try (PreparedStatement consent = connection.prepareStatement(
                "insert into consent (public_id, subject_civil_id, life_event_code, items, status, channel, shop_code,"
                        + " desk_code, requested_by, requested_at, answered_at, legal_basis)"
                        + " values (?, ?, ?, ?, 'GIVEN', 'DESK', ?, ?, ?, ?, ?, 'SELF')",
                new String[] {"id"})) {
            boolean any = false;
            for (int i = 0; i < requests.size(); i++) {
                if (caseRefs.get(i).lifeEvent() == null) {
                    continue;
                }
                CaseRequest request = requests.get(i);
                consent.setString(1, UUID.randomUUID().toString());
                consent.setString(2, request.applicant());
                consent.setString(3, MOVING);
                consent.setString(4, CONSENT_ITEMS);
                consent.setString(5, request.shop());
                consent.setString(6, CONSENT_DESK);
                consent.setString(7, SUBMITTER);
                consent.setTimestamp(8, at);
                consent.setTimestamp(9, at);
                consent.addBatch();
                any = true;
            }
            if (any) {
                consent.executeBatch();
                consents.addAll(generated(consent));
            }
        }
        List<String> references = new ArrayList<>(requests.size());
        List<Long> caseIds;
        try (PreparedStatement citizenCase = connection.prepareStatement(
                "insert into citizen_case (reference, tracking_code, life_event_id, life_event_version, shop_id, channel,"
                        + " applicant_civil_id, form_data, submitted_by, submitted_at, consent_id,"
                        + " identification_level, document_type, document_number, identified_by, identified_at)"
                        + " values (?, ?, ?, ?, ?, 'DESK', ?, ?, ?, ?, ?, 'PRESENTED_DOCUMENT', 'CITIZEN_CARD', ?, ?, ?)",
                new String[] {"id"})) {
            int consentIndex = 0;
            for (int i = 0; i < requests.size(); i++) {
                CaseRequest request = requests.get(i);
                Refs ref = caseRefs.get(i);
                String reference = String.format(Locale.ROOT, "CS-%04d-%06d", year, numbers.get(i));
                references.add(reference);
                citizenCase.setString(1, reference);
                citizenCase.setString(2, trackingCode());
                setLong(citizenCase, 3, ref.lifeEvent());
                if (ref.lifeEventVersion() == null) {
                    citizenCase.setNull(4, Types.INTEGER);
                } else {
                    citizenCase.setInt(4, ref.lifeEventVersion());
                }
                citizenCase.setLong(5, ref.shop());
                citizenCase.setString(6, request.applicant());
                citizenCase.setString(7, request.body());
                citizenCase.setString(8, SUBMITTER);
                citizenCase.setTimestamp(9, at);
                setLong(citizenCase, 10, ref.lifeEvent() == null ? null : consents.get(consentIndex++));
                citizenCase.setString(11, request.applicant() + "0ZZ4");
                citizenCase.setString(12, SUBMITTER);
                citizenCase.setTimestamp(13, at);
                citizenCase.addBatch();
            }
            citizenCase.executeBatch();
            caseIds = generated(citizenCase);
        }
        Timestamp due = Timestamp.from(now.plus(Duration.ofDays(5)));
        try (PreparedStatement task = connection.prepareStatement(
                "insert into case_task (case_id, request_key, service_id, position, status, handed_off_at, due_at,"
                        + " updated_at) values (?, ?, ?, ?, 'PENDING', ?, ?, ?)")) {
            for (int i = 0; i < requests.size(); i++) {
                List<Long> services = caseRefs.get(i).services();
                for (int step = 0; step < services.size(); step++) {
                    task.setLong(1, caseIds.get(i));
                    task.setString(2, key());
                    task.setLong(3, services.get(step));
                    task.setInt(4, step + 1);
                    task.setTimestamp(5, at);
                    task.setTimestamp(6, due);
                    task.setTimestamp(7, at);
                    task.addBatch();
                }
            }
            task.executeBatch();
        }
        try (PreparedStatement trail = trail(connection)) {
            for (int i = 0; i < requests.size(); i++) {
                CaseRequest request = requests.get(i);
                if (caseRefs.get(i).lifeEvent() != null) {
                    addTrail(trail, at, request.applicant(), SUBMITTER, "CLERK", "CHANGE", "IDENTITY", "CONSENT", null);
                }
                addTrail(
                        trail,
                        at,
                        request.applicant(),
                        SUBMITTER,
                        "CLERK",
                        "CHANGE",
                        "CASE",
                        "CASE_SUBMITTED",
                        references.get(i));
            }
            trail.executeBatch();
        }
    }

    /**
     * Claims up to {@code most} pending tasks (marked SENT) and writes the tracker's entry of each one's data shared
     * with its agency; one transaction.
     */
    List<ClaimedTask> claim(Connection connection, int most) throws SQLException {
        // A plain statement, planned at each claim (DurableRelay#claim says why); the cases are read after it by their
        // keys: joined into the claim, PostgreSQL came to scan every case at each claim in one phase (run L).
        Map<Long, List<TaskRow>> byCase = new LinkedHashMap<>();
        try (Statement claim = connection.createStatement();
                ResultSet rows = claim.executeQuery("update case_task t set status = 'SENT', sent_at = now(),"
                        + " updated_at = now(), version = t.version + 1 where t.id in (select id from case_task"
                        + " where status = 'PENDING' and request_key like '" + KEY_PREFIX + "%' order by id limit "
                        + most + " for update skip locked) returning t.id, t.request_key, t.case_id")) {
            while (rows.next()) {
                byCase.computeIfAbsent(rows.getLong(3), id -> new ArrayList<>())
                        .add(new TaskRow(rows.getLong(1), rows.getString(2)));
            }
        }
        List<ClaimedTask> claimed = new ArrayList<>(most);
        if (byCase.isEmpty()) {
            return claimed;
        }
        try (PreparedStatement cases = connection.prepareStatement(
                "select id, form_data, reference, applicant_civil_id from citizen_case where id = any(?)")) {
            cases.setArray(1, connection.createArrayOf("bigint", byCase.keySet().toArray()));
            try (ResultSet rows = cases.executeQuery()) {
                while (rows.next()) {
                    for (TaskRow task : byCase.get(rows.getLong(1))) {
                        claimed.add(new ClaimedTask(
                                task.id(), task.key(), rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
        }
        if (!claimed.isEmpty()) {
            Timestamp at = Timestamp.from(Instant.now());
            try (PreparedStatement trail = trail(connection)) {
                for (ClaimedTask task : claimed) {
                    addTrail(
                            trail,
                            at,
                            task.applicant(),
                            "system",
                            "SYSTEM",
                            "SHARE",
                            "CASE",
                            "STEP_SENT",
                            task.reference());
                }
                trail.executeBatch();
            }
        }
        return claimed;
    }

    /**
     * Records the answers of these tasks: completed with the agency's reference, outputs and
     * document, or failed with the reason; one transaction. An answer that cannot be read fails its task, with why.
     */
    void record(Connection connection, List<ClaimedTask> tasks, List<Answer> answers) throws SQLException {
        Timestamp at = Timestamp.from(Instant.now());
        try (PreparedStatement update = connection.prepareStatement("update case_task set status = ?, finished_at = ?,"
                        + " agency_reference = ?, outputs = ?, last_error = ?, updated_at = ?, version = version + 1"
                        + " where id = ?");
                PreparedStatement proof = connection.prepareStatement("insert into proof_document (task_id,"
                        + " verification_code, sha256, content_type, file_name, size_bytes, content, received_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement trail = trail(connection)) {
            boolean proofs = false;
            for (int i = 0; i < tasks.size(); i++) {
                ClaimedTask task = tasks.get(i);
                Answer answer = answers.get(i);
                update.setString(1, answer.error() == null ? "COMPLETED" : "FAILED");
                update.setTimestamp(2, at);
                update.setString(3, answer.reference());
                update.setString(4, answer.outputs());
                update.setString(5, answer.error());
                update.setTimestamp(6, at);
                update.setLong(7, task.id());
                update.addBatch();
                if (answer.error() != null) {
                    continue;
                }
                if (answer.document() != null) {
                    Document document = answer.document();
                    proof.setLong(1, task.id());
                    proof.setString(2, document.verificationCode());
                    proof.setString(3, document.sha256());
                    proof.setString(4, document.contentType());
                    proof.setString(5, document.fileName());
                    proof.setInt(6, document.content().length);
                    proof.setBytes(7, document.content());
                    proof.setTimestamp(8, at);
                    proof.addBatch();
                    proofs = true;
                }
                addTrail(
                        trail,
                        at,
                        task.applicant(),
                        "IRN",
                        "AGENCY",
                        "CHANGE",
                        answer.document() == null ? "CASE" : "CASE,DOCUMENT",
                        "AGENCY_RESULT",
                        task.reference());
            }
            update.executeBatch();
            if (proofs) {
                proof.executeBatch();
            }
            trail.executeBatch();
        }
    }

    /** The document an agency issued, its bytes decoded and their digest checked against the one it sent. */
    record Document(String fileName, String contentType, String verificationCode, String sha256, byte[] content) {}

    /** A task's outcome from the agency's answer: its reference, outputs and document, or the error. */
    record Answer(String reference, String outputs, Document document, String error) {

        static Answer failed(String error) {
            return new Answer(null, null, null, error.length() > 500 ? error.substring(0, 500) : error);
        }

        /** The registry's 201 body of a completed request; anything else is an error, with what was wrong. */
        static Answer of(String body) {
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                JsonObject json = reader.readObject();
                if (!"COMPLETED".equals(json.getString("status", null))) {
                    return failed("not completed: " + json.getString("status", "no status"));
                }
                JsonValue outputs = json.get("outputs");
                JsonObject document = json.getJsonObject("document");
                Document kept = null;
                if (document != null) {
                    byte[] content = Base64.getDecoder().decode(document.getString("content"));
                    String sha256 = HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
                    if (!sha256.equalsIgnoreCase(document.getString("sha256"))) {
                        return failed("the document's digest is not the one sent");
                    }
                    kept = new Document(
                            document.getString("fileName"),
                            document.getString("contentType"),
                            document.getString("verificationCode"),
                            sha256,
                            content);
                }
                return new Answer(
                        json.getString("agencyReference"), outputs == null ? null : outputs.toString(), kept, null);
            } catch (RuntimeException | NoSuchAlgorithmException e) {
                return failed("unreadable answer: " + e);
            }
        }
    }

    private Refs refs(Connection connection, CaseRequest request, int tasks) throws SQLException {
        String name = request.shop() + "|" + (tasks == 1 ? request.service() : MOVING + "|" + tasks);
        Refs known = refs.get(name);
        if (known != null) {
            return known;
        }
        long shop = id(connection, "select id from shop where code = ?", request.shop(), "shop");
        Refs found;
        if (tasks == 1) {
            found = new Refs(
                    shop,
                    null,
                    null,
                    List.of(id(
                            connection, "select id from public_service where code = ?", request.service(), "service")));
        } else if (tasks == MOVING_STEPS.size()) {
            long lifeEvent = id(connection, "select id from life_event where code = ?", MOVING, "life event");
            List<Long> services = new ArrayList<>();
            for (String step : MOVING_STEPS) {
                services.add(id(connection, "select id from public_service where code = ?", step, "service"));
            }
            Integer version = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "select max(version_number) from life_event_version where life_event_id = ?")) {
                select.setLong(1, lifeEvent);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getObject(1) != null) {
                        version = row.getInt(1);
                    }
                }
            }
            found = new Refs(shop, lifeEvent, version, List.copyOf(services));
        } else {
            throw new IllegalArgumentException(
                    "with the shop's rows a case has 1 task (its service) or " + MOVING_STEPS.size() + " (MOVING)");
        }
        refs.put(name, found);
        return found;
    }

    private static long id(Connection connection, String sql, String code, String what) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no " + what + " " + code + " in this database");
                }
                return row.getLong(1);
            }
        }
    }

    private static List<Long> numbers(Connection connection, int year, int count) throws SQLException {
        List<Long> numbers = new ArrayList<>(count);
        try (PreparedStatement next =
                connection.prepareStatement("select nextval('case_number_" + year + "') from generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getLong(1));
                }
            }
        }
        return numbers;
    }

    private static List<Long> generated(Statement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        return ids;
    }

    private static PreparedStatement trail(Connection connection) throws SQLException {
        return connection.prepareStatement("insert into data_access (accessed_at, subject_civil_id, actor, actor_role,"
                + " action, data_items, purpose, case_reference) values (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void addTrail(
            PreparedStatement trail,
            Timestamp at,
            String subject,
            String actor,
            String role,
            String action,
            String items,
            String purpose,
            String reference)
            throws SQLException {
        trail.setTimestamp(1, at);
        trail.setString(2, subject);
        trail.setString(3, actor);
        trail.setString(4, role);
        trail.setString(5, action);
        trail.setString(6, items);
        trail.setString(7, purpose);
        trail.setString(8, reference);
        trail.addBatch();
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** A task's idempotency key: {@link #KEY_PREFIX} and 30 random hexadecimal digits. */
    private static String key() {
        return KEY_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 30);
    }

    private static String trackingCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(TRACKING_ALPHABET.charAt(RANDOM.nextInt(TRACKING_ALPHABET.length())));
        }
        return code.toString();
    }
}
