package org.citizenshop.domain.model.agencyrequest;

import java.util.List;
import java.util.Optional;

public interface AgencyRequestRepository {

    void add(AgencyRequest request);

    Optional<AgencyRequest> find(RequestKey key);

    List<AgencyRequest> ofTicket(long ticketId);
}
