package org.citizenshop.agencysim.at;

import io.javalin.http.Context;
import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.GateAnswers;
import org.citizenshop.agencysim.common.PersonLookupRoutes;
import org.citizenshop.agencysim.common.SimulatedAgency;

/** The tax authority as the app sees it; its state lives only in this process. */
public final class AtAgency implements SimulatedAgency {

    public static final String CODE = AtRoutes.AGENCY;

    private final AtService service;
    private final AtRoutes routes;
    /**
     * A taxpayer's NIF and household income bracket for prefilling a form: a small JSON read beside the
     * SOAP web service, which stays the contract for requests that change something (they need the
     * envelope's idempotency key; a read does not).
     */
    private final PersonLookupRoutes taxpayers;

    public AtAgency(Clock clock) {
        this.service = new AtService(clock);
        this.routes = new AtRoutes(service);
        this.taxpayers = new PersonLookupRoutes(
                clock,
                AtRoutes.AGENCY,
                "/at/v1/taxpayers",
                Taxpayers::find,
                "No taxpayer is registered with this civil identification number.");
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void addRoutes(AgencyRoutes agencyRoutes) {
        routes.addTo(agencyRoutes);
        taxpayers.addTo(agencyRoutes);
    }

    @Override
    public void addAdminRoutes(AgencyRoutes agencyRoutes) {
        taxpayers.addAdminTo(agencyRoutes);
    }

    /** Down is a bare 503, as a web service behind a closed gateway; a simulated failure is a SOAP Server fault. */
    @Override
    public GateAnswers gateAnswers() {
        return new GateAnswers() {
            @Override
            public void down(Context ctx, String agency, String key) {
                ctx.status(503).result("");
            }

            @Override
            public void failure(Context ctx, String agency, String key) {
                ctx.status(500)
                        .contentType(SoapWriter.CONTENT_TYPE)
                        .result(SoapWriter.serverFault(
                                "The AT back office failed to answer (simulated); nothing was recorded."));
            }
        };
    }

    @Override
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        service.reset();
        taxpayers.reset();
    }
}
