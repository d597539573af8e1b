package org.citizenshop.agencysim.irn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.citizenshop.agencysim.common.IssuedDocument;

/** What the civil registry decided for one request key; stored so that a replay answers exactly the same. */
sealed interface IrnResult {

    String requestKey();

    String service();

    Instant receivedAt();

    /** A citizen card request taken: the card follows by the expected date. */
    record Accepted(
            String requestKey, String service, String agencyReference, LocalDate expectedDate, Instant receivedAt)
            implements IrnResult {}

    /** Any other service, done at once: its outputs under their output keys, and the document it issued (or null). */
    record Completed(
            String requestKey,
            String service,
            String agencyReference,
            Map<String, String> outputs,
            IssuedDocument document,
            Instant receivedAt)
            implements IrnResult {}

    record Rejected(String requestKey, String service, RejectionCode code, String reason, Instant receivedAt)
            implements IrnResult {}
}
