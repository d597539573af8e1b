package org.citizenshop.agencysim;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.citizenshop.agencysim.behaviour.BehaviourGate;
import org.citizenshop.agencysim.common.AgencyRoutes;

/** Registers an agency's endpoints behind its behaviour switches, so no agency can forget them. */
final class GatedRoutes implements AgencyRoutes {

    private final RoutesConfig routes;
    private final BehaviourGate gate;
    private final String agency;

    GatedRoutes(RoutesConfig routes, BehaviourGate gate, String agency) {
        this.routes = routes;
        this.gate = gate;
        this.agency = agency;
    }

    @Override
    public void get(String path, Handler handler) {
        routes.get(path, gate.guard(agency, handler));
    }

    @Override
    public void post(String path, Handler handler) {
        routes.post(path, gate.guard(agency, handler));
    }
}
