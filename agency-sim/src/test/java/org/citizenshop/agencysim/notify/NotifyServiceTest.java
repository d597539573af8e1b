package org.citizenshop.agencysim.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenshop.agencysim.Samples.notificationJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
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

class NotifyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final String SMS_TEXT = "Citizen Shop: a sua vez está próxima. Senha A001, loja LX-LARANJEIRAS.";

    private final NotifyService service = new NotifyService(Clock.fixed(NOW, ZoneId.of("Europe/Lisbon")));

    @Test
    void validSms_isQueuedWithFirstSmsIdAndRecorded() {
        Submission submission = service.submit(Channel.SMS, "key-1", notificationJson("sms.json"));

        Message expected = new Message("SMS-000001", Channel.SMS, "+351912345678", null, SMS_TEXT, "key-1", NOW);
        assertThat(submission.kind()).isEqualTo(Submission.Kind.NEW);
        assertThat(submission.result()).isEqualTo(new NotifyResult.Queued(expected));
        assertThat(service.outbox().all()).containsExactly(expected);
        assertThat(service.effects().all())
                .containsExactly(new AppliedEffect("key-1", "SMS", "QUEUED", null, "SMS-000001", NOW));
    }

    @Test
    void validEmail_isQueuedWithFirstEmailIdAndSubject() {
        Submission submission = service.submit(Channel.EMAIL, "key-1", notificationJson("email.json"));

        assertThat(submission.kind()).isEqualTo(Submission.Kind.NEW);
        assertThat(submission.result()).isInstanceOfSatisfying(NotifyResult.Queued.class, queued -> {
            Message message = queued.message();
            assertThat(message.messageId()).isEqualTo("EMAIL-000001");
            assertThat(message.channel()).isEqualTo(Channel.EMAIL);
            assertThat(message.to()).isEqualTo("cidada.exemplo@example.org");
            assertThat(message.subject()).isEqualTo("A sua vez está próxima");
            assertThat(message.text()).startsWith("Olá,");
            assertThat(message.requestKey()).isEqualTo("key-1");
            assertThat(message.sentAt()).isEqualTo(NOW);
        });
        assertThat(service.outbox().all()).hasSize(1);
    }

    @Test
    void smsToBareNineDigitNumber_isNormalisedToCountryCodeForm() {
        Submission submission = service.submit(Channel.SMS, "key-1", notificationJson("sms-short-number.json"));

        assertThat(submission.result()).isInstanceOfSatisfying(NotifyResult.Queued.class, queued -> assertThat(
                        queued.message().to())
                .isEqualTo("+351961234567"));
        assertThat(service.outbox().sentTo("+351961234567")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "SMS, sms-landline.json, INVALID_RECIPIENT",
        "SMS, sms-blank-text.json, INVALID_TEXT",
        "SMS, email.json, INVALID_RECIPIENT", // an e-mail address is no phone number
        "EMAIL, sms.json, INVALID_RECIPIENT", // and the other way round
        "EMAIL, email-invalid-address.json, INVALID_RECIPIENT",
        "EMAIL, email-missing-subject.json, INVALID_SUBJECT",
        "EMAIL, email-empty-text.json, INVALID_TEXT",
    })
    void invalidMessage_isRejectedWithItsCodeRecordedOnceAndNotSent(
            Channel channel, String sample, RejectionCode expected) {
        Submission submission = service.submit(channel, "key-1", notificationJson(sample));

        assertThat(submission.kind()).isEqualTo(Submission.Kind.NEW);
        assertThat(submission.result()).isInstanceOfSatisfying(NotifyResult.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(expected);
            assertThat(rejected.reason()).isNotBlank();
            assertThat(rejected.channel()).isEqualTo(channel);
        });
        assertThat(service.outbox().all()).isEmpty();
        assertThat(service.effects().all()).singleElement().satisfies(effect -> {
            assertThat(effect.status()).isEqualTo("REJECTED");
            assertThat(effect.code()).isEqualTo(expected.name());
            assertThat(effect.agencyReference()).isNull();
        });
    }

    @Test
    void replayWithSameKeyAndBody_returnsFirstResultWithoutSecondMessage() {
        NotifyResult first = service.submit(Channel.SMS, "key-1", notificationJson("sms.json"))
                .result();

        Submission replay = service.submit(Channel.SMS, "key-1", notificationJson("sms-reordered.json"));

        assertThat(replay.kind()).isEqualTo(Submission.Kind.REPLAY);
        assertThat(replay.result()).isEqualTo(first);
        assertThat(service.outbox().all()).hasSize(1);
        assertThat(service.effects().all()).hasSize(1);
    }

    @Test
    void replayOfRejection_returnsTheSameRejection() {
        NotifyResult first = service.submit(Channel.SMS, "key-1", notificationJson("sms-landline.json"))
                .result();

        Submission replay = service.submit(Channel.SMS, "key-1", notificationJson("sms-landline.json"));

        assertThat(replay.kind()).isEqualTo(Submission.Kind.REPLAY);
        assertThat(replay.result()).isEqualTo(first);
        assertThat(service.effects().all()).hasSize(1);
    }

    @Test
    void sameKeyWithOtherBody_isKeyReusedAndSendsNothingMore() {
        NotifyResult first = service.submit(Channel.SMS, "key-1", notificationJson("sms.json"))
                .result();

        Submission reused = service.submit(Channel.SMS, "key-1", notificationJson("sms-other-text.json"));

        assertThat(reused.kind()).isEqualTo(Submission.Kind.KEY_REUSED);
        assertThat(reused.result()).isEqualTo(first);
        assertThat(service.outbox().all()).extracting(Message::text).containsExactly(SMS_TEXT);
    }

    @Test
    void sameKeyOnTheOtherChannel_isKeyReused() {
        JsonNode body = notificationJson("email.json");
        service.submit(Channel.EMAIL, "key-1", body);

        Submission reused = service.submit(Channel.SMS, "key-1", body);

        assertThat(reused.kind()).isEqualTo(Submission.Kind.KEY_REUSED);
        assertThat(service.outbox().all()).hasSize(1);
    }

    @Test
    void eachChannel_numbersItsMessagesOnItsOwn_andTheOutboxKeepsSendOrder() {
        service.submit(Channel.SMS, "key-1", notificationJson("sms.json"));
        service.submit(Channel.EMAIL, "key-2", notificationJson("email.json"));
        service.submit(Channel.SMS, "key-3", notificationJson("sms-landline.json"));
        service.submit(Channel.SMS, "key-4", notificationJson("sms-short-number.json"));

        assertThat(service.outbox().all())
                .extracting(Message::messageId)
                .containsExactly("SMS-000001", "EMAIL-000001", "SMS-000002");
    }

    @Test
    void sentTo_findsOnlyThatRecipientsMessages() {
        service.submit(Channel.SMS, "key-1", notificationJson("sms.json"));
        service.submit(Channel.SMS, "key-2", notificationJson("sms-short-number.json"));
        service.submit(Channel.SMS, "key-3", notificationJson("sms-other-text.json"));
        service.submit(Channel.EMAIL, "key-4", notificationJson("email.json"));

        assertThat(service.outbox().sentTo("+351912345678"))
                .extracting(Message::requestKey)
                .containsExactly("key-1", "key-3");
        assertThat(service.outbox().sentTo("Cidada.Exemplo@Example.org"))
                .extracting(Message::requestKey)
                .containsExactly("key-4");
        assertThat(service.outbox().sentTo("+351930000000")).isEmpty();
    }

    @Test
    void sentAt_isKeptToTheMillisecond() {
        NotifyService preciseClockService =
                new NotifyService(Clock.fixed(Instant.parse("2026-11-27T10:15:30.123456789Z"), ZoneId.of("UTC")));

        NotifyResult result = preciseClockService
                .submit(Channel.SMS, "key-1", notificationJson("sms.json"))
                .result();

        assertThat(result.receivedAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123Z"));
    }

    @Test
    void reset_forgetsKeysMessagesEffectsAndSequences() {
        service.submit(Channel.SMS, "key-1", notificationJson("sms.json"));

        service.reset();

        assertThat(service.outbox().all()).isEmpty();
        assertThat(service.effects().all()).isEmpty();
        Submission again = service.submit(Channel.SMS, "key-1", notificationJson("sms-other-text.json"));
        assertThat(again.kind()).isEqualTo(Submission.Kind.NEW);
        assertThat(again.result()).isInstanceOfSatisfying(NotifyResult.Queued.class, queued -> assertThat(
                        queued.message().messageId())
                .isEqualTo("SMS-000001"));
    }

    @Test
    void concurrentRequestsWithSameKey_sendExactlyOneMessage() throws Exception {
        // Every thread walks the same keys in the same order, so each key is raced by all threads at nearly once.
        int threads = 8;
        List<String> keys = IntStream.range(0, 300).mapToObj(i -> "key-" + i).toList();
        JsonNode body = notificationJson("sms.json");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Submission>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return keys.stream()
                            .map(key -> service.submit(Channel.SMS, key, body))
                            .toList();
                }));
            }
            start.countDown();
            List<Submission> submissions = new ArrayList<>();
            for (Future<List<Submission>> future : futures) {
                submissions.addAll(future.get(30, TimeUnit.SECONDS));
            }

            Map<String, List<Submission>> byKey = submissions.stream()
                    .collect(Collectors.groupingBy(s -> s.result().requestKey()));
            assertThat(byKey).hasSize(keys.size()).allSatisfy((key, forKey) -> assertThat(forKey)
                    .filteredOn(s -> s.kind() == Submission.Kind.NEW)
                    .hasSize(1));
            List<Message> sent = service.outbox().all();
            assertThat(sent).hasSize(keys.size());
            assertThat(sent)
                    .extracting(Message::messageId)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, keys.size())
                            .mapToObj(i -> String.format("SMS-%06d", i))
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
