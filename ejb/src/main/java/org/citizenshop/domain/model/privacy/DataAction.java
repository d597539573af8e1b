package org.citizenshop.domain.model.privacy;

/** What was done with the data: read on a screen, looked up in a registry, sent to an agency, or changed. */
public enum DataAction {
    READ,
    LOOKUP,
    SHARE,
    CHANGE
}
