package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import org.citizenshop.domain.model.LocalizedText;

/** What a citizen is told when the ticket is printed: the number, the queue and the expected wait. */
public record IssuedTicket(
        long id,
        String number,
        String shop,
        String queue,
        LocalizedText queueName,
        String service,
        LocalizedText serviceName,
        String priorityReason,
        long peopleAhead,
        long estimatedWaitMinutes,
        long openDesks,
        Instant issuedAt)
        implements Serializable {}
