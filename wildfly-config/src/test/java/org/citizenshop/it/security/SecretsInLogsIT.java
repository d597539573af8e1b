package org.citizenshop.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the test run left in the server's logs (server.log, the audit trail, any other file of the
 * log folder, rotated ones included): no token, no password or client secret, no full identifier of
 * a citizen the tests used. It runs in a failsafe execution of its own after every other
 * integration test of this module (see the pom), when the server has stopped and its logs are whole.
 * Identifiers belong in logs masked to their last three digits ({@code Masked.identifier}). And
 * nothing in server.log below INFO but WildFly's listing of its configuration at boot.
 */
class SecretsInLogsIT {

    /** Signed JWTs (bearer, ID and refresh tokens): a base64url JSON header, a dot, a payload. */
    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");

    /** Secrets of the dev environment besides the realm's: database, Keycloak's admin, agency signatures. */
    private static final List<String> OTHER_SECRETS = List.of(
            "citizenshop-dev",
            "admin-dev-not-for-production",
            "dev-cml-webhook-secret-not-for-production",
            "dev-irn-events-secret-not-for-production");

    /**
     * The identifiers of citizens the tests send (wildfly-config/src/test) and the simulated agencies
     * know (agency-sim), and the examples of the product's identifiers.md: civil ID numbers, citizen
     * card numbers, tax (NIF), social security (NISS) and health service (SNS) numbers, phone numbers
     * given for alerts.
     */
    private static final List<String> IDENTIFIERS = List.of(
            // civil identification numbers
            "12345678",
            "30000001",
            "30000002",
            "30000003",
            "30000004",
            "30000005",
            "39999999",
            "99999999",
            // citizen card document numbers, with and without spaces
            "12345678 2 ZZ6",
            "123456782ZZ6",
            "30000001 5 AB9",
            "300000015AB9",
            "300000020ZX0",
            "300000031ZZ3",
            "300000047AA4",
            "300000053ZY9",
            // NIF
            "123456789",
            "252601815",
            "559083017",
            // NISS
            "16613186097",
            "21390996030",
            // SNS user numbers
            "300000011",
            "300000022",
            "300000033",
            "300000044",
            "300000055",
            // contacts for alerts
            "213456789",
            "912345678");

    /** A server.log line below INFO: its level and its logger, except WildFly's listing of its configuration. */
    private static final Pattern BELOW_INFO =
            Pattern.compile("^\\S+ \\S+ (TRACE|DEBUG) +\\[(?!org\\.jboss\\.as\\.config\\])([^\\]]+)\\]");

    private static final Path LOGS = Path.of(System.getProperty("test.server.base", "target/test-server"), "log");
    private static final Path REALM = Path.of("src/main/keycloak/citizen-shop-realm.json");

    private static List<Path> logFiles;

    @BeforeAll
    static void findTheLogs() throws IOException {
        try (Stream<Path> files = Files.list(LOGS)) {
            logFiles = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(logFiles)
                .as("the logs of the test run in %s", LOGS)
                .anySatisfy(file -> assertThat(file.getFileName().toString()).startsWith("server.log"))
                .anySatisfy(file -> assertThat(file.getFileName().toString()).startsWith("audit.log"));
        assertThat(Files.size(LOGS.resolve("server.log")))
                .as("a server log to scan")
                .isPositive();
    }

    @Test
    void noToken() throws IOException {
        assertThat(findings(Map.of("a JWT", TOKEN))).isEmpty();
    }

    @Test
    void noPasswordNorSecret() throws IOException {
        Map<String, Pattern> secrets = new LinkedHashMap<>();
        realmSecrets().forEach(secret -> secrets.put("secret of the realm " + mask(secret), literal(secret)));
        OTHER_SECRETS.forEach(secret -> secrets.put("secret " + mask(secret), literal(secret)));

        assertThat(secrets).as("secrets to look for").hasSizeGreaterThan(OTHER_SECRETS.size() + 3);
        assertThat(findings(secrets)).isEmpty();
    }

    @Test
    void noFullIdentifierOfACitizen() throws IOException {
        Map<String, Pattern> identifiers = new LinkedHashMap<>();
        IDENTIFIERS.forEach(identifier -> identifiers.put("identifier " + mask(identifier), literal(identifier)));

        assertThat(findings(identifiers)).isEmpty();
    }

    /**
     * The audit trail masks every personal number, also those no test names (a newborn's numbers,
     * which the simulated agencies give out): nothing in it looks like one.
     */
    @Test
    void noPersonalNumberInTheAuditTrail() throws IOException {
        Pattern number = Pattern.compile("(?<![A-Za-z0-9-])\\d{8,12}(?![A-Za-z0-9-])");
        List<String> found = new ArrayList<>();
        for (Path file : logFiles) {
            if (file.getFileName().toString().startsWith("audit.log")) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int line = 0; line < lines.size(); line++) {
                    Matcher matcher = number.matcher(lines.get(line));
                    if (matcher.find()) {
                        found.add(file.getFileName() + ":" + (line + 1) + " a number of "
                                + matcher.group().length() + " digits after: "
                                + lines.get(line).substring(0, matcher.start()));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The server logs at INFO and above; the one exception is WildFly's own listing of its
     * configuration at boot ({@code org.jboss.as.config} at DEBUG). A logger opened wider floods the
     * disk and costs the server its CPU under load: a logger resource added without a level logs
     * everything, and the transaction manager's traced every transaction until 04-logging.cli gave it one.
     */
    @Test
    void nothingTracedNorDebugged() throws IOException {
        Map<String, Long> linesPerLogger = new TreeMap<>();
        for (Path file : logFiles) {
            if (file.getFileName().toString().startsWith("server.log")) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines.map(BELOW_INFO::matcher)
                            .filter(Matcher::find)
                            .forEach(line -> linesPerLogger.merge(line.group(1) + " " + line.group(2), 1L, Long::sum));
                }
            }
        }
        assertThat(linesPerLogger).as("TRACE and DEBUG lines per logger").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertThat(BELOW_INFO
                        .matcher(
                                "2026-11-28 06:57:25,739 TRACE [com.arjuna.ats.arjuna] (default task-3) BasicAction::Begin()")
                        .find())
                .isTrue();
        assertThat(BELOW_INFO
                        .matcher(
                                "2026-11-28 06:57:25,739 DEBUG [org.jboss.as.config] (MSC service thread) VM Arguments")
                        .find())
                .as("WildFly's configuration at boot")
                .isFalse();
        assertThat(BELOW_INFO
                        .matcher("2026-11-28 06:57:25,739 INFO  [org.citizenshop] (default task-3) TRACE [x] done")
                        .find())
                .isFalse();

        String line =
                "2026-11-27 INFO call by citizen 12345678 with Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln "
                        + "password=citizen-shop-dev client=citizen-shop-dev-cli nif=*****789 at 2026-01-12345678901";

        assertThat(TOKEN.matcher(line).find()).isTrue();
        assertThat(literal("12345678").matcher(line).results().count())
                .as("whole numbers only, not inside longer ones")
                .isEqualTo(1);
        assertThat(literal("citizen-shop-dev").matcher(line).results().count())
                .as("the password, not the client named after it")
                .isEqualTo(1);
        assertThat(literal("123456789").matcher(line).find()).as("a masked NIF").isFalse();
    }

    /** Every client secret and user password of the dev realm the tests ran against. */
    private static List<String> realmSecrets() throws IOException {
        List<String> secrets = new ArrayList<>();
        try (Reader file = Files.newBufferedReader(REALM, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(file)) {
            JsonObject realm = reader.readObject();
            for (JsonValue client : realm.getJsonArray("clients")) {
                String secret = client.asJsonObject().getString("secret", null);
                if (secret != null && !secrets.contains(secret)) {
                    secrets.add(secret);
                }
            }
            for (JsonValue user : realm.getJsonArray("users")) {
                for (JsonValue credential : user.asJsonObject().getJsonArray("credentials") == null
                        ? List.<JsonValue>of()
                        : user.asJsonObject().getJsonArray("credentials")) {
                    String password = credential.asJsonObject().getString("value", null);
                    if (password != null && !secrets.contains(password)) {
                        secrets.add(password);
                    }
                }
            }
        }
        return secrets;
    }

    /** The value as a whole word: not inside a longer number or name ("citizen-shop-dev" in "citizen-shop-dev-cli"). */
    private static Pattern literal(String value) {
        return Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(value) + "(?![A-Za-z0-9]|-[A-Za-z0-9])");
    }

    /** Where the patterns matched: "server.log:1234 identifier *****678", nothing of the match itself. */
    private static List<String> findings(Map<String, Pattern> patterns) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : logFiles) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int number = 0; number < lines.size(); number++) {
                for (Map.Entry<String, Pattern> pattern : patterns.entrySet()) {
                    Matcher matcher = pattern.getValue().matcher(lines.get(number));
                    if (matcher.find()) {
                        found.add(file.getFileName() + ":" + (number + 1) + " " + pattern.getKey() + " — "
                                + lines.get(number)
                                        .substring(0, Math.min(120, matcher.start()))
                                        .strip());
                    }
                }
            }
        }
        return found;
    }

    private static String mask(String value) {
        return "*".repeat(Math.max(0, value.length() - 3)) + value.substring(Math.max(0, value.length() - 3));
    }
}
