package org.citizenshop.agencysim.notify;

import java.time.Instant;

/** One message the gateway queued, as the admin list shows it; {@code subject} is null for an SMS. */
record Message(
        String messageId, Channel channel, String to, String subject, String text, String requestKey, Instant sentAt) {}
