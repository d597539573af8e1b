package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import org.citizenshop.domain.model.LocalizedText;

/** A ticket as the clerk sees it once called to the desk. */
public record CalledTicket(
        long id,
        String number,
        String shop,
        String service,
        LocalizedText serviceName,
        String priorityReason,
        String channel,
        Instant issuedAt,
        Instant calledAt,
        String desk,
        int deskNumber,
        long waitedMinutes)
        implements Serializable {}
