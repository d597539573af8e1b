package org.citizenshop.agencysim.irn;

import java.net.URI;
import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.SimulatedAgency;
import org.citizenshop.agencysim.common.WebhookSender;

/**
 * The civil registry as the app sees it: it tells the shop at {@code <shopPublicUrl>}{@value #EVENTS_PATH} of the
 * births registered elsewhere, signing with {@code eventsSecret}, from {@link #start} to {@link #stop}. Its state lives
 * only in this process.
 */
public final class IrnAgency implements SimulatedAgency {

    public static final String CODE = "irn";

    /** Where the shop takes the civil registry's events, under its public URL. */
    static final String EVENTS_PATH = "/api/v1/agency-callbacks/irn";

    /** Where the events carry their signature. */
    static final String SIGNATURE_HEADER = "X-IRN-Signature";

    private final IrnService service;
    private final WebhookSender sender;
    private final BirthEvents births;
    private final IrnRoutes routes;
    private final RecordLookups lookups;
    private final RecordRoutes records;

    /** {@code shopPublicUrl} has no trailing slash. */
    public IrnAgency(Clock clock, URI shopPublicUrl, String eventsSecret) {
        CivilRegistry registry = CivilRegistry.seeded();
        this.service = new IrnService(clock, registry);
        this.sender = new WebhookSender(clock, "irn-events", "IRN event", SIGNATURE_HEADER, eventsSecret);
        this.births = new BirthEvents(service, sender, URI.create(shopPublicUrl + EVENTS_PATH));
        this.routes = new IrnRoutes(service, registry, births);
        this.lookups = new RecordLookups(clock);
        this.records = new RecordRoutes(registry, lookups);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void addRoutes(AgencyRoutes agencyRoutes) {
        routes.addTo(agencyRoutes);
        records.addTo(agencyRoutes);
    }

    @Override
    public void addAdminRoutes(AgencyRoutes agencyRoutes) {
        routes.addAdminTo(agencyRoutes);
        records.addAdminTo(agencyRoutes);
    }

    @Override
    public void start() {
        sender.start();
    }

    @Override
    public void stop() {
        sender.stop();
    }

    @Override
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        births.reset();
        service.reset();
        lookups.clear();
    }
}
