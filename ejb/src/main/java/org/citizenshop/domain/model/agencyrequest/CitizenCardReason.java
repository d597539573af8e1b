package org.citizenshop.domain.model.agencyrequest;

/** Why a citizen card is requested: a first card, a renewal, or a replacement (lost, stolen, damaged). */
public enum CitizenCardReason {
    FIRST,
    RENEWAL,
    REPLACEMENT;

    /** A renewal or replacement identifies the card being replaced. */
    public boolean needsCurrentDocument() {
        return this != FIRST;
    }
}
