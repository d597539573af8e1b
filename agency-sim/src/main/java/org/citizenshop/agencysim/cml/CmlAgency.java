package org.citizenshop.agencysim.cml;

import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.SimulatedAgency;
import org.citizenshop.agencysim.common.WebhookSender;

/**
 * The municipality as the app sees it: it calls back {@code callbackMillis} after each request acknowledged, signing
 * with {@code webhookSecret}, from {@link #start} to {@link #stop}. Its state lives only in this process.
 */
public final class CmlAgency implements SimulatedAgency {

    public static final String CODE = CmlRoutes.AGENCY;

    /** Where the callbacks carry their signature. */
    static final String SIGNATURE_HEADER = "X-CML-Signature";

    private final WebhookSender callbacks;
    private final CmlService service;
    private final CmlRoutes routes;

    public CmlAgency(Clock clock, long callbackMillis, String webhookSecret) {
        this.callbacks = new WebhookSender(clock, "cml-callbacks", "CML callback", SIGNATURE_HEADER, webhookSecret);
        this.service = new CmlService(clock, callbacks, callbackMillis);
        this.routes = new CmlRoutes(service);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void addRoutes(AgencyRoutes agencyRoutes) {
        routes.addTo(agencyRoutes);
    }

    @Override
    public void addAdminRoutes(AgencyRoutes agencyRoutes) {
        routes.addAdminTo(agencyRoutes);
    }

    @Override
    public void start() {
        callbacks.start();
    }

    @Override
    public void stop() {
        callbacks.stop();
    }

    @Override
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        service.reset();
    }
}
