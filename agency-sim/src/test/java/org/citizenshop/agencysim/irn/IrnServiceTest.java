package org.citizenshop.agencysim.irn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.Samples.irnJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citizenshop.agencysim.common.AppliedEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrnServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z"); // a Friday
    private final IrnService service =
            new IrnService(Clock.fixed(NOW, ZoneId.of("Europe/Lisbon")), CivilRegistry.seeded());

    @Test
    void validRenewal_isAcceptedWithReferenceAndExpectedDate() {
        Submission submission = service.submit("key-1", irnJson("renewal-request.json"));

        assertThat(submission.kind()).isEqualTo(Submission.Kind.NEW);
        assertThat(submission.result())
                .isEqualTo(new IrnResult.Accepted(
                        "key-1", "IRN-CC", "IRN-CC-2026-000001", LocalDate.parse("2026-12-04"), NOW));
        assertThat(service.effects().all())
                .containsExactly(new AppliedEffect("key-1", "IRN-CC", "ACCEPTED", null, "IRN-CC-2026-000001", NOW));
    }

    @Test
    void firstCardWithoutDocumentNumber_isAccepted() {
        Submission submission = service.submit("key-1", irnJson("first-card-request.json"));

        assertThat(submission.result()).isInstanceOf(IrnResult.Accepted.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "unknown-service-request.json, UNKNOWN_SERVICE",
        "unknown-reason-request.json, INVALID_REQUEST",
        "missing-civil-id-request.json, INVALID_REQUEST",
        "bad-check-document-request.json, INVALID_DOCUMENT",
        "other-citizens-document-request.json, INVALID_DOCUMENT",
        "unknown-citizen-request.json, UNKNOWN_CITIZEN",
        "renewal-without-document-request.json, DOCUMENT_REQUIRED",
    })
    void invalidRequest_isRejectedWithItsCodeAndRecordedOnce(String sample, RejectionCode expected) {
        Submission submission = service.submit("key-1", irnJson(sample));

        assertThat(submission.result()).isInstanceOfSatisfying(IrnResult.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(expected);
            assertThat(rejected.reason()).isNotBlank();
        });
        assertThat(service.effects().all()).singleElement().satisfies(effect -> {
            assertThat(effect.status()).isEqualTo("REJECTED");
            assertThat(effect.code()).isEqualTo(expected.name());
            assertThat(effect.agencyReference()).isNull();
        });
    }

    @Test
    void bodyMissingItsParts_isInvalidRequest() {
        ObjectNode noCitizen = irnJson("renewal-request.json").deepCopy();
        noCitizen.remove("citizen");

        assertThat(service.submit("key-1", noCitizen).result())
                .isInstanceOfSatisfying(IrnResult.Rejected.class, rejected -> assertThat(rejected.code())
                        .isEqualTo(RejectionCode.INVALID_REQUEST));
    }

    @Test
    void replayWithSameKey_returnsFirstResultWithoutNewEffect() {
        IrnResult first =
                service.submit("key-1", irnJson("renewal-request.json")).result();

        Submission replay = service.submit("key-1", irnJson("renewal-request.json"));

        assertThat(replay.kind()).isEqualTo(Submission.Kind.REPLAY);
        assertThat(replay.result()).isEqualTo(first);
        assertThat(service.effects().all()).hasSize(1);
    }

    @Test
    void replayWithReorderedFields_isTheSameBody() {
        IrnResult first =
                service.submit("key-1", irnJson("renewal-request.json")).result();

        Submission replay = service.submit("key-1", irnJson("renewal-request-reordered.json"));

        assertThat(replay.kind()).isEqualTo(Submission.Kind.REPLAY);
        assertThat(replay.result()).isEqualTo(first);
    }

    @Test
    void replayOfRejection_returnsTheSameRejectionWithoutNewEffect() {
        IrnResult first =
                service.submit("key-1", irnJson("unknown-citizen-request.json")).result();

        Submission replay = service.submit("key-1", irnJson("unknown-citizen-request.json"));

        assertThat(replay.kind()).isEqualTo(Submission.Kind.REPLAY);
        assertThat(replay.result()).isEqualTo(first);
        assertThat(service.effects().all()).hasSize(1);
    }

    @Test
    void sameKeyWithOtherBody_isKeyReusedAndKeepsTheFirstResult() {
        IrnResult first =
                service.submit("key-1", irnJson("renewal-request.json")).result();

        Submission reused = service.submit("key-1", irnJson("replacement-request.json"));

        assertThat(reused.kind()).isEqualTo(Submission.Kind.KEY_REUSED);
        assertThat(service.find("key-1")).contains(first);
        assertThat(service.effects().all()).hasSize(1);
    }

    @Test
    void distinctKeys_getConsecutiveReferences() {
        service.submit("key-1", irnJson("renewal-request.json"));
        service.submit("key-2", irnJson("unknown-citizen-request.json"));
        IrnResult third =
                service.submit("key-3", irnJson("replacement-request.json")).result();

        assertThat(third)
                .isInstanceOfSatisfying(IrnResult.Accepted.class, accepted -> assertThat(accepted.agencyReference())
                        .isEqualTo("IRN-CC-2026-000002"));
        assertThat(service.effects().all())
                .extracting(AppliedEffect::requestKey)
                .containsExactly("key-1", "key-2", "key-3");
    }

    @Test
    void receivedAt_isKeptToTheMillisecond() {
        IrnService preciseClockService = new IrnService(
                Clock.fixed(Instant.parse("2026-11-27T10:15:30.123456789Z"), ZoneId.of("Europe/Lisbon")),
                CivilRegistry.seeded());

        IrnResult result = preciseClockService
                .submit("key-1", irnJson("renewal-request.json"))
                .result();

        assertThat(result.receivedAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123Z"));
    }

    @Test
    void unknownKey_isNotFound() {
        assertThat(service.find("never-sent")).isEmpty();
    }

    @Test
    void reset_forgetsKeysEffectsAndSequence() {
        service.submit("key-1", irnJson("renewal-request.json"));

        service.reset();

        assertThat(service.find("key-1")).isEmpty();
        assertThat(service.effects().all()).isEmpty();
        assertThat(service.submit("key-2", irnJson("renewal-request.json")).result())
                .isInstanceOfSatisfying(IrnResult.Accepted.class, accepted -> assertThat(accepted.agencyReference())
                        .isEqualTo("IRN-CC-2026-000001"));
    }

    @Test
    void concurrentRequestsWithSameKey_applyExactlyOneEffect() throws Exception {
        // Every thread walks the same keys in the same order, so each key is raced by all threads at nearly once.
        int threads = 8;
        List<String> keys = IntStream.range(0, 300).mapToObj(i -> "key-" + i).toList();
        JsonNode body = irnJson("renewal-request.json");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Submission>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return keys.stream().map(key -> service.submit(key, body)).toList();
                }));
            }
            start.countDown();
            List<Submission> submissions = new ArrayList<>();
            for (Future<List<Submission>> future : futures) {
                submissions.addAll(future.get(30, TimeUnit.SECONDS));
            }

            Map<String, List<Submission>> byKey = submissions.stream()
                    .collect(Collectors.groupingBy(s -> s.result().requestKey()));
            assertThat(byKey).hasSize(keys.size()).allSatisfy((key, forKey) -> {
                assertThat(forKey)
                        .filteredOn(s -> s.kind() == Submission.Kind.NEW)
                        .hasSize(1);
                assertThat(forKey)
                        .extracting(Submission::result)
                        .containsOnly(forKey.get(0).result());
            });
            assertThat(service.effects().all()).hasSize(keys.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
