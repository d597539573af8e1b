package org.citizenshop.domain.model.staff;

import java.util.Optional;

public interface ClerkRepository {

    Optional<Clerk> find(String username);
}
