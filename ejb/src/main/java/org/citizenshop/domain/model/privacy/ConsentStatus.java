package org.citizenshop.domain.model.privacy;

/**
 * Where a consent stands: asked and not answered yet, given, refused, withdrawn after giving, or
 * expired unanswered (the clerk asked another, or the citizen left without answering).
 */
public enum ConsentStatus {
    REQUESTED,
    GIVEN,
    REFUSED,
    WITHDRAWN,
    EXPIRED
}
