package org.citizenshop.domain.model.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.shop.Desk;

/** Consents, customer displays and the data tracker's entries. */
public interface PrivacyRepository {

    void add(Consent consent);

    Optional<Consent> consent(String publicId);

    Optional<Consent> consent(long id);

    /** The consent a desk asked last and the citizen has not answered yet. */
    Optional<Consent> openAt(String deskCode);

    /** A citizen's consents, newest first. */
    List<Consent> consentsOf(String civilId);

    void add(CustomerDisplay display);

    Optional<CustomerDisplay> displayByToken(String token);

    Optional<CustomerDisplay> displayByPairingCode(String code);

    Optional<CustomerDisplay> displayAt(Desk desk);

    /** Writes the displays' changes now (a desk is released before another display takes it). */
    void flushDisplays();

    void add(DataAccess access);

    /** Whether this actor's access for this purpose (and case) to this citizen's data is on record since then. */
    boolean recorded(String civilId, String actor, DataAccess.Purpose purpose, String caseReference, Instant since);

    /** A citizen's data log, newest first. */
    List<DataAccess> accessesTo(String civilId, int limit);

    /** The supervisor's search: by whose data and/or by whom, in a period, newest first. */
    List<DataAccess> search(String civilId, String actor, Instant from, Instant to, int limit);
}
