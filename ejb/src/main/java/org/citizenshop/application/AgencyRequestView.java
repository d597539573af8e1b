package org.citizenshop.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A request to an agency as the clerk follows it: sent, accepted with a reference, or refused. */
public record AgencyRequestView(
        String key,
        String service,
        String agency,
        String ticket,
        String status,
        Optional<String> agencyReference,
        Optional<LocalDate> expectedDate,
        Optional<String> rejectionCode,
        Optional<String> rejectionReason,
        int failedAttempts,
        Instant createdAt,
        Instant updatedAt) {}
