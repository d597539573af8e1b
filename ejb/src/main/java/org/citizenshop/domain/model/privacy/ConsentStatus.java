package org.citizenshop.domain.model.privacy;

/** Where a consent stands: asked and not answered yet, given, refused, or withdrawn after giving. */
public enum ConsentStatus {
    REQUESTED,
    GIVEN,
    REFUSED,
    WITHDRAWN
}
