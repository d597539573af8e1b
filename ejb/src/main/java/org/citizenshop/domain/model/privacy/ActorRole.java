package org.citizenshop.domain.model.privacy;

/** In which capacity someone touched the data. */
public enum ActorRole {
    CLERK,
    SUPERVISOR,
    AGENCY_ADMIN,
    /** An agency's system, through its callback or reply. */
    AGENCY,
    CITIZEN,
    /** The shop's own system (a scheduled or integration step). */
    SYSTEM
}
