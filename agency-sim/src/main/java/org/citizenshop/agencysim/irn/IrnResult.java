package org.citizenshop.agencysim.irn;

import java.time.Instant;
import java.time.LocalDate;

/** What the civil registry decided for one request key; stored so that a replay answers exactly the same. */
sealed interface IrnResult {

    String requestKey();

    String service();

    Instant receivedAt();

    record Accepted(
            String requestKey, String service, String agencyReference, LocalDate expectedDate, Instant receivedAt)
            implements IrnResult {}

    record Rejected(String requestKey, String service, RejectionCode code, String reason, Instant receivedAt)
            implements IrnResult {}
}
