package org.citizenshop.domain.model.catalogue;

/** A version's life: prepared, then live, then replaced by a newer one (kept, never changed again). */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
