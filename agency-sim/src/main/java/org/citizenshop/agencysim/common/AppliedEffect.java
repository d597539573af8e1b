package org.citizenshop.agencysim.common;

import java.time.Instant;

/** One request key that changed an agency's state, accepted or rejected; replays add none. */
public record AppliedEffect(
        String requestKey, String service, String status, String code, String agencyReference, Instant appliedAt) {}
