package org.citizenshop.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.staff.Clerk;
import org.citizenshop.domain.model.staff.ClerkRepository;

/**
 * Staff work at their own shop: a clerk or supervisor acts on a shop's floor (its desks, its day,
 * its appointments, the cases and consents taken at its desks) only if the shop's roster (table
 * {@code clerk}, the same that lists the clerk's skills) puts him there. Someone with the clerk role
 * whom no roster lists acts nowhere. A refusal is on the audit trail.
 */
@ApplicationScoped
class StaffShops {

    @Inject
    ClerkRepository clerks;

    @Inject
    AuditTrail audit;

    /** The code of the shop whose roster lists the user. */
    Optional<String> shopOf(String user) {
        return clerks.shopOf(user).map(shop -> shop.code().value());
    }

    /**
     * Lets the user act on {@code subject} (a desk's or the shop's code) of {@code shop} only if he
     * works there; else refused, saying where he works. Reads only the shop his roster puts him at.
     */
    void requireAt(String user, Shop shop, String subject) {
        requireOwn(user, clerks.shopOf(user), shop, subject);
    }

    /**
     * As {@link #requireAt}, and returns him as the roster lists him (with his skills).
     */
    Clerk rosterAt(String user, Shop shop, String subject) {
        Optional<Clerk> clerk = clerks.find(user);
        requireOwn(user, clerk.map(Clerk::shop), shop, subject);
        return clerk.orElseThrow();
    }

    private void requireOwn(String user, Optional<Shop> own, Shop shop, String subject) {
        if (own.isEmpty()) {
            audit.record(user, "staff.refused", subject, "onNoRoster");
            throw new NotPermittedException("staff.notOnRoster", user + " is on no shop's roster", subject);
        }
        if (!own.get().code().equals(shop.code())) {
            audit.record(
                    user,
                    "staff.refused",
                    subject,
                    "worksAt=" + own.get().code().value());
            throw new NotPermittedException(
                    "staff.otherShop",
                    subject + " belongs to " + shop.code().value() + "; " + user + " works at "
                            + own.get().code().value(),
                    subject,
                    shop.name(),
                    own.get().name());
        }
    }
}
