package org.citizenshop.domain.model.privacy;

/**
 * On what ground the person consenting acts: for himself, or for someone else as a parent of a
 * minor, an attorney (power of attorney) or the administrator of an estate (cabeça de casal).
 */
public enum LegalBasis {
    SELF(false),
    PARENT_OF_MINOR(false),
    ATTORNEY(true),
    ESTATE_ADMINISTRATOR(true);

    private final boolean needsDocument;

    LegalBasis(boolean needsDocument) {
        this.needsDocument = needsDocument;
    }

    /** Whether the document proving it (its reference) must be recorded. */
    public boolean needsDocument() {
        return needsDocument;
    }
}
