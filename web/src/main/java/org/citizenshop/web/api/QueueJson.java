package org.citizenshop.web.api;

import java.util.Locale;
import org.citizenshop.application.QueueState;

/** A queue's live wait, as the public API shows it. */
public record QueueJson(
        String queue,
        String name,
        String letter,
        long waiting,
        long priorityWaiting,
        long estimatedWaitMinutes,
        long longestWaitMinutes,
        long openDesks) {

    static QueueJson of(QueueState queue, Locale locale) {
        return new QueueJson(
                queue.code(),
                queue.name().in(locale),
                queue.letter(),
                queue.waiting(),
                queue.priorityWaiting(),
                queue.estimatedWaitMinutes(),
                queue.longestWaitMinutes(),
                queue.openDesks());
    }
}
