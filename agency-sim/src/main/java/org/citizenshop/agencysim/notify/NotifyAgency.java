package org.citizenshop.agencysim.notify;

import java.time.Clock;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.EffectLog;
import org.citizenshop.agencysim.common.SimulatedAgency;

/** The notification gateway as the app sees it; what it "sent" lives only in this process. */
public final class NotifyAgency implements SimulatedAgency {

    public static final String CODE = NotifyRoutes.AGENCY;

    private final NotifyService service;
    private final NotifyRoutes routes;

    public NotifyAgency(Clock clock) {
        this.service = new NotifyService(clock);
        this.routes = new NotifyRoutes(service);
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
    public EffectLog effects() {
        return service.effects();
    }

    @Override
    public void reset() {
        service.reset();
    }
}
