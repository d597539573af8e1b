package org.citizenshop.agencysim.notify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks an SMS or e-mail body in the order recipient, subject, text; unknown fields are ignored so that callers can
 * evolve first. Lengths count characters as Unicode code points, so an emoji is one character; a text or subject of
 * only whitespace is refused. Line breaks are allowed everywhere: a real provider would fold them out of the subject.
 */
final class NotificationReader {

    static final int MAX_SMS_TEXT = 480;
    static final int MAX_EMAIL_SUBJECT = 200;
    static final int MAX_EMAIL_TEXT = 4000;

    private NotificationReader() {}

    static Notification read(Channel channel, JsonNode body) throws NotificationRejected {
        return channel == Channel.SMS ? sms(body) : email(body);
    }

    static Notification sms(JsonNode body) throws NotificationRejected {
        String to = MobileNumbers.normalise(text(body, "to"))
                .orElseThrow(
                        () -> new NotificationRejected(
                                RejectionCode.INVALID_RECIPIENT,
                                "to must be a Portuguese mobile number: +3519XXXXXXXX or 9XXXXXXXX, starting 91, 92, 93 or 96."));
        String text = checkedText(body, "text", MAX_SMS_TEXT, RejectionCode.INVALID_TEXT);
        return new Notification(Channel.SMS, to, null, text);
    }

    static Notification email(JsonNode body) throws NotificationRejected {
        String to = text(body, "to");
        if (!EmailAddresses.isValid(to)) {
            throw new NotificationRejected(
                    RejectionCode.INVALID_RECIPIENT,
                    "to must be an e-mail address such as someone@example.org, at most "
                            + EmailAddresses.MAX_LENGTH
                            + " characters.");
        }
        String subject = checkedText(body, "subject", MAX_EMAIL_SUBJECT, RejectionCode.INVALID_SUBJECT);
        String text = checkedText(body, "text", MAX_EMAIL_TEXT, RejectionCode.INVALID_TEXT);
        return new Notification(Channel.EMAIL, to, subject, text);
    }

    private static String checkedText(JsonNode body, String field, int maxLength, RejectionCode code)
            throws NotificationRejected {
        String value = text(body, field);
        String rule = field + " must be a string of 1 to " + maxLength + " characters, not only whitespace";
        if (value == null) {
            throw new NotificationRejected(code, rule + "; it is missing or not a string.");
        }
        if (value.isBlank()) {
            throw new NotificationRejected(code, rule + "; it is empty or blank.");
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw new NotificationRejected(code, rule + "; it has " + length + ".");
        }
        return value;
    }

    /** The field's text, or null when it is absent, JSON null or not a string. */
    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
