package org.citizenshop.domain.model.staff;

import java.util.Optional;
import org.citizenshop.domain.model.shop.Shop;

public interface ClerkRepository {

    /** The clerk, with his skills. */
    Optional<Clerk> find(String username);

    /** The shop whose roster lists the clerk, without the rest of him. */
    Optional<Shop> shopOf(String username);
}
