package org.citizenshop.agencysim.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenshop.agencysim.Samples.notificationJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationReaderTest {

    @Test
    void sms_keepsTextAndNormalisesRecipient() throws Exception {
        Notification sms = NotificationReader.sms(notificationJson("sms-short-number.json"));

        assertThat(sms.channel()).isEqualTo(Channel.SMS);
        assertThat(sms.to()).isEqualTo("+351961234567");
        assertThat(sms.subject()).isNull();
        assertThat(sms.text()).startsWith("Citizen Shop: a sua vez");
    }

    @Test
    void email_keepsAddressSubjectAndText() throws Exception {
        Notification email = NotificationReader.email(notificationJson("email.json"));

        assertThat(email.channel()).isEqualTo(Channel.EMAIL);
        assertThat(email.to()).isEqualTo("cidada.exemplo@example.org");
        assertThat(email.subject()).isEqualTo("A sua vez está próxima");
        assertThat(email.text()).contains("\n\n");
    }

    @ParameterizedTest(name = "{0} characters -> accepted {1}")
    @CsvSource({"1, true", "480, true", "481, false"})
    void smsText_isOneTo480Characters(int length, boolean accepted) {
        JsonNode body = sms("+351912345678", "x".repeat(length));

        assertAccepted(() -> NotificationReader.sms(body), accepted, RejectionCode.INVALID_TEXT);
    }

    @Test
    void smsText_countsCharactersNotUtf16Units() throws Exception {
        String emoji = "\uD83D\uDD14"; // a bell: one character, two UTF-16 units

        assertThat(NotificationReader.sms(sms("+351912345678", emoji.repeat(480)))
                        .text())
                .hasSize(960);
        assertAccepted(
                () -> NotificationReader.sms(sms("+351912345678", emoji.repeat(481))),
                false,
                RejectionCode.INVALID_TEXT);
    }

    @ParameterizedTest(name = "subject of {0} characters -> accepted {1}")
    @CsvSource({"1, true", "200, true", "201, false"})
    void emailSubject_isOneTo200Characters(int length, boolean accepted) {
        JsonNode body = email("someone@example.org", "s".repeat(length), "text");

        assertAccepted(() -> NotificationReader.email(body), accepted, RejectionCode.INVALID_SUBJECT);
    }

    @ParameterizedTest(name = "text of {0} characters -> accepted {1}")
    @CsvSource({"1, true", "4000, true", "4001, false"})
    void emailText_isOneTo4000Characters(int length, boolean accepted) {
        JsonNode body = email("someone@example.org", "subject", "t".repeat(length));

        assertAccepted(() -> NotificationReader.email(body), accepted, RejectionCode.INVALID_TEXT);
    }

    @Test
    void emailSubjectWithLineBreaks_isAccepted() throws Exception {
        Notification email = NotificationReader.email(email("someone@example.org", "Line one\nline two", "text"));

        assertThat(email.subject()).isEqualTo("Line one\nline two");
    }

    @Test
    void blankTextOrSubject_isRefused() {
        assertAccepted(() -> NotificationReader.sms(sms("+351912345678", " \t ")), false, RejectionCode.INVALID_TEXT);
        assertAccepted(
                () -> NotificationReader.email(email("someone@example.org", "  ", "text")),
                false,
                RejectionCode.INVALID_SUBJECT);
    }

    @Test
    void nonStringFields_areInvalid() {
        ObjectNode numberRecipient =
                JsonNodeFactory.instance.objectNode().put("to", 912345678).put("text", "hi");
        ObjectNode nullText =
                JsonNodeFactory.instance.objectNode().put("to", "912345678").putNull("text");

        assertAccepted(() -> NotificationReader.sms(numberRecipient), false, RejectionCode.INVALID_RECIPIENT);
        assertAccepted(() -> NotificationReader.sms(nullText), false, RejectionCode.INVALID_TEXT);
    }

    @Test
    void recipientIsCheckedFirst() {
        JsonNode body = email("nobody", "", "");

        assertAccepted(() -> NotificationReader.email(body), false, RejectionCode.INVALID_RECIPIENT);
    }

    @Test
    void rejectionReason_isEnglishAndNamesTheField() {
        assertThatThrownBy(() -> NotificationReader.sms(sms("213456789", "hi")))
                .isInstanceOfSatisfying(NotificationRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(RejectionCode.INVALID_RECIPIENT);
                    assertThat(rejected.getMessage()).startsWith("to must be a Portuguese mobile number");
                });
    }

    private static JsonNode sms(String to, String text) {
        return JsonNodeFactory.instance.objectNode().put("to", to).put("text", text);
    }

    private static JsonNode email(String to, String subject, String text) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("to", to)
                .put("subject", subject)
                .put("text", text);
    }

    private static void assertAccepted(ThrowingCallable read, boolean accepted, RejectionCode codeIfNot) {
        if (accepted) {
            assertThatCode(read).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(read).isInstanceOfSatisfying(NotificationRejected.class, rejected -> {
                assertThat(rejected.code()).isEqualTo(codeIfNot);
                assertThat(rejected.getMessage()).isNotBlank();
            });
        }
    }
}
