package org.citizenshop.agencysim.common;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The documents an agency issues with a completion. Called once per request key, after the outputs are decided, so
 * that the document carries them; a service that issues no document gives nothing.
 */
@FunctionalInterface
public interface DocumentIssuer {

    DocumentIssuer NONE = (request, reference, outputs, issuedAt) -> Optional.empty();

    Optional<IssuedDocument> issue(
            ServiceRequest request, String agencyReference, Map<String, String> outputs, Instant issuedAt);
}
