package org.citizenshop.application.internal;

import org.citizenshop.application.AgencyRequestView;
import org.citizenshop.domain.model.agencyrequest.AgencyRequest;

/** Turns agency requests into the records the application hands out, so no entity leaves a service. */
final class Views {

    private Views() {}

    static AgencyRequestView request(AgencyRequest request) {
        return new AgencyRequestView(
                request.key().value(),
                request.service().code().value(),
                request.service().agency().code().value(),
                request.ticket().map(t -> t.number().toString()).orElse(null),
                request.status().name(),
                request.agencyReference().orElse(null),
                request.expectedDate().orElse(null),
                request.rejectionCode().orElse(null),
                request.rejectionReason().orElse(null),
                request.failedAttempts(),
                request.createdAt(),
                request.updatedAt());
    }
}
