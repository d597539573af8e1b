package org.citizenshop.agencysim.notify;

import java.time.Instant;

/** What the gateway decided for one request key; stored so that a replay answers exactly the same. */
sealed interface NotifyResult {

    String requestKey();

    Channel channel();

    Instant receivedAt();

    record Queued(Message message) implements NotifyResult {

        @Override
        public String requestKey() {
            return message.requestKey();
        }

        @Override
        public Channel channel() {
            return message.channel();
        }

        @Override
        public Instant receivedAt() {
            return message.sentAt();
        }
    }

    record Rejected(String requestKey, Channel channel, RejectionCode code, String reason, Instant receivedAt)
            implements NotifyResult {}
}
