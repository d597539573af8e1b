package org.citizenshop.domain.model.staff;

import java.util.Optional;

public interface AgencyAdministratorRepository {

    Optional<AgencyAdministrator> find(String username);
}
