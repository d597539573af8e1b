package org.citizenshop.application.port;

/**
 * A message to one citizen through the notification gateway. {@code key} makes sending idempotent;
 * {@code alert} is the ticket alert it fulfils, so the outcome can be recorded, or null for a notice
 * that stands alone (a proposed case told to a parent), whose sending is only logged.
 */
public record Notification(String key, Long alert, String channel, String to, String subject, String text) {

    /** A notice by SMS that fulfils no alert. */
    public static Notification notice(String key, String mobile, String text) {
        return new Notification(key, null, "sms", mobile, null, text);
    }
}
