package org.citizenshop.agencysim.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every message queued, in send order, with one {@code <CHANNEL>-<6-digit sequence>} numbering per channel. Numbering
 * and appending happen under one lock, so the list order is also the order of the message ids.
 */
final class Outbox {

    private final List<Message> messages = new ArrayList<>();
    private final Map<Channel, Integer> sequences = new EnumMap<>(Channel.class);

    synchronized Message queue(Notification notification, String requestKey, Instant sentAt) {
        int sequence = sequences.merge(notification.channel(), 1, Integer::sum);
        Message message = new Message(
                String.format("%s-%06d", notification.channel().name(), sequence),
                notification.channel(),
                notification.to(),
                notification.subject(),
                notification.text(),
                requestKey,
                sentAt);
        messages.add(message);
        return message;
    }

    synchronized List<Message> all() {
        return List.copyOf(messages);
    }

    /** The messages to one recipient, given in its normal form; e-mail addresses match whatever their case. */
    synchronized List<Message> sentTo(String recipient) {
        return messages.stream()
                .filter(message -> message.to().equalsIgnoreCase(recipient))
                .toList();
    }

    synchronized void reset() {
        messages.clear();
        sequences.clear();
    }
}
