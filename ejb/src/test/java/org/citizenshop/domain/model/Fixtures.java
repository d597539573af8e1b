package org.citizenshop.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.citizenshop.domain.model.catalogue.Agency;
import org.citizenshop.domain.model.catalogue.AgencyCode;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskKind;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;

/** A small shop floor built in memory: one shop, the civil registry's card service, a queue and a desk. */
public final class Fixtures {

    public static final Instant MORNING = Instant.parse("2026-11-27T09:15:00Z");

    public final Shop shop =
            new Shop(ShopCode.of("LX-TEST"), "Test shop", ZoneId.of("Europe/Lisbon"), Locale.forLanguageTag("pt"));
    public final Agency irn = new Agency(AgencyCode.of("IRN"), "Registos", "Registry");
    public final PublicService citizenCard =
            new PublicService(ServiceCode.of("IRN-CC"), irn, "Cartão de Cidadão", "Citizen card", 15);
    public final PublicService certificate =
            new PublicService(ServiceCode.of("IRN-CERT"), irn, "Certidão", "Certificate", 5);
    public final ServiceQueue registryQueue = new ServiceQueue(shop, "IRN", 'A', "Registos", "Registry");
    public final Desk desk = new Desk(shop, DeskCode.of("LXT-01"), 1, DeskKind.AGENCY);

    public final Agency at = new Agency(AgencyCode.of("AT"), "Finanças", "Tax");
    public final PublicService taxNumber = new PublicService(ServiceCode.of("AT-NIF"), at, "NIF", "Tax number", 10);
    public final ServiceQueue taxQueue = new ServiceQueue(shop, "AT", 'B', "Finanças", "Tax");
    public final Desk taxDesk = new Desk(shop, DeskCode.of("LXT-02"), 2, DeskKind.AGENCY);

    public Fixtures() {
        registryQueue.addService(citizenCard);
        registryQueue.addService(certificate);
        desk.addService(citizenCard);
        taxQueue.addService(taxNumber);
        taxDesk.addService(taxNumber);
        taxDesk.addService(citizenCard);
    }
}
