package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.catalogue.Agency;
import org.citizenshop.domain.model.staff.AgencyAdministrator;
import org.citizenshop.domain.model.staff.AgencyAdministratorRepository;

/** Who may change what in the catalogue: the administrators of the agency that owns it, and only they. */
@ApplicationScoped
class AgencyEditors {

    @Inject
    AgencyAdministratorRepository administrators;

    @Inject
    AuditTrail audit;

    /** The agency the user administers; refused when he administers none. */
    AgencyAdministrator of(String user) {
        return administrators
                .find(user)
                .orElseThrow(() -> new NotPermittedException(
                        "catalogue.notAnAdministrator", user + " administers no agency", user));
    }

    /**
     * Lets the user change {@code subject} only if he administers its {@code owner}; a refusal is
     * audited and says whose it is ({@code messageKey} with the subject, the owner's and the
     * user's agency's names).
     */
    void requireOwner(String user, Agency owner, String subject, String messageKey) {
        AgencyAdministrator administrator = of(user);
        if (!owner.code().equals(administrator.agency().code())) {
            audit.record(
                    user,
                    "catalogue.refused",
                    subject,
                    "administers " + administrator.agency().code().value());
            throw new NotPermittedException(
                    messageKey,
                    subject + " belongs to " + owner.code().value() + ", not to "
                            + administrator.agency().code().value(),
                    subject,
                    owner.name().pt(),
                    administrator.agency().name().pt());
        }
    }
}
