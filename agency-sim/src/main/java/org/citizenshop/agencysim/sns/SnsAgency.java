package org.citizenshop.agencysim.sns;

import io.javalin.http.Context;
import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.GateAnswers;
import org.citizenshop.agencysim.common.SimulatedAgency;

/** The health service user registry as the app sees it; its state lives only in this process. */
public final class SnsAgency implements SimulatedAgency {

    public static final String CODE = SnsRoutes.AGENCY;

    private final SnsService service;
    private final SnsRoutes routes;

    public SnsAgency(Clock clock) {
        this.service = new SnsService(clock);
        this.routes = new SnsRoutes(service, clock);
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

    /** Down (503) and simulated failures (500) speak FHIR too: an OperationOutcome with issue type transient. */
    @Override
    public GateAnswers gateAnswers() {
        return new GateAnswers() {
            @Override
            public void down(Context ctx, String agency, String key) {
                Fhir.problem(ctx, 503, "DOWN", "The SNS back office is down (simulated); nothing was recorded.");
            }

            @Override
            public void failure(Context ctx, String agency, String key) {
                Fhir.problem(
                        ctx,
                        500,
                        "SIMULATED_FAILURE",
                        "The SNS back office failed to answer (simulated); nothing was recorded.");
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
        routes.reset();
    }
}
