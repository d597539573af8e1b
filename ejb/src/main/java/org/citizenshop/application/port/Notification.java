package org.citizenshop.application.port;

/**
 * A message to one citizen through the notification gateway. {@code key} makes sending idempotent;
 * {@code alert} is the alert it fulfils, so the outcome can be recorded.
 */
public record Notification(String key, long alert, String channel, String to, String subject, String text) {}
