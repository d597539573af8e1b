package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to an agency as the clerk follows it: sent, accepted with a reference, or refused. The
 * agency's fields are null until it has answered.
 */
public record AgencyRequestView(
        String key,
        String service,
        String agency,
        String ticket,
        String status,
        String agencyReference,
        LocalDate expectedDate,
        String rejectionCode,
        String rejectionReason,
        int failedAttempts,
        Instant createdAt,
        Instant updatedAt)
        implements Serializable {}
