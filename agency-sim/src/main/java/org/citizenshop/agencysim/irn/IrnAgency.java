package org.citizenshop.agencysim.irn;

import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.SimulatedAgency;

/** The civil registry as the app sees it; its state lives only in this process. */
public final class IrnAgency implements SimulatedAgency {

    public static final String CODE = "irn";

    private final IrnService service;
    private final IrnRoutes routes;

    public IrnAgency(Clock clock) {
        CivilRegistry registry = CivilRegistry.seeded();
        this.service = new IrnService(clock, registry);
        this.routes = new IrnRoutes(service, registry);
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
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        service.reset();
    }
}
