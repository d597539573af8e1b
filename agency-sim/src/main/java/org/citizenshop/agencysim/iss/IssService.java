package org.citizenshop.agencysim.iss;

import java.time.Clock;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.DecisionBook;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.Identifiers;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.Rejected;
import org.citizenshop.agencysim.common.ServiceDesk;
import org.citizenshop.agencysim.common.ServiceRequest;

/** Decides social security requests, at most once per request key; references are {@code ISS-<year>-<sequence>}. */
final class IssService {

    static final String REFERENCE_PREFIX = "ISS";

    private final IssRules rules = new IssRules();
    private final ServiceDesk desk;
    private final DecisionBook<ServiceRequest, Decision> book = new DecisionBook<>();

    IssService(Clock clock) {
        this.desk = new ServiceDesk(clock, service -> REFERENCE_PREFIX, rules.all(), new IssDocuments());
    }

    Keyed<Decision> submit(String requestKey, ServiceRequest request) {
        return book.submit(requestKey, request, key -> desk.decide(key, request.service(), () -> checked(request)));
    }

    EffectLog effects() {
        return book.effects();
    }

    void reset() {
        book.reset();
        desk.reset();
        rules.reset();
    }

    private static ServiceRequest checked(ServiceRequest request) throws Rejected {
        if (request.applicantCivilId() != null && !Identifiers.isCivilId(request.applicantCivilId())) {
            throw new Rejected(Rejected.INVALID_CIVIL_ID, "applicant_civil_id must be a civil ID number of 8 digits.");
        }
        return request;
    }
}
