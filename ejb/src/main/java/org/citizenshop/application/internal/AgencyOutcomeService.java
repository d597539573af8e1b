package org.citizenshop.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.CitizenCardDispatch;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.agencyrequest.AgencyRequest;
import org.citizenshop.domain.model.agencyrequest.AgencyRequestRepository;
import org.citizenshop.domain.model.agencyrequest.CitizenCardRequest;
import org.citizenshop.domain.model.agencyrequest.RequestKey;

/** The integration layer's side of agency requests; only the {@code integration} role may call it. */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class AgencyOutcomeService implements AgencyOutcomes {

    @Inject
    AgencyRequestRepository requests;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public CitizenCardDispatch citizenCardDispatch(String key) {
        AgencyRequest request = find(key);
        CitizenCardRequest card = request.citizenCard();
        return new CitizenCardDispatch(
                request.key().value(),
                request.service().agency().code().value(),
                request.service().code().value(),
                request.ticket()
                        .map(t -> t.shop().code().value())
                        .orElse(card.deliveryShop().value()),
                request.ticket().map(t -> t.number().toString()).orElse(null),
                card.civilIdNumber().value(),
                card.currentDocument().map(d -> d.value()).orElse(null),
                card.reason().name(),
                card.deliveryShop().value(),
                request.status().isFinal());
    }

    @Override
    public void accepted(String key, String reference, LocalDate expected) {
        find(key).accept(reference, expected, clock.instant());
        audit.record(Roles.INTEGRATION, "agencyRequest.accepted", key, "reference=" + reference);
    }

    @Override
    public void rejected(String key, String code, String reason) {
        find(key).reject(code, reason, clock.instant());
        audit.record(Roles.INTEGRATION, "agencyRequest.rejected", key, "code=" + code);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliveryFailed(String key, String error) {
        find(key).deliveryFailed(error, clock.instant());
        audit.record(Roles.INTEGRATION, "agencyRequest.deliveryFailed", key, error);
    }

    private AgencyRequest find(String key) {
        return requests.find(RequestKey.of(key))
                .orElseThrow(() -> new NotFoundException("agencyRequest.unknown", "No request " + key, key));
    }
}
