package org.citizenshop.agencysim;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.citizenshop.agencysim.behaviour.BehaviourGate;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.GateAnswers;

/** Registers an agency's endpoints behind its behaviour switches, so no agency can forget them. */
final class GatedRoutes implements AgencyRoutes {

    private final RoutesConfig routes;
    private final BehaviourGate gate;
    private final String agency;
    private final GateAnswers answers;

    GatedRoutes(RoutesConfig routes, BehaviourGate gate, String agency, GateAnswers answers) {
        this.routes = routes;
        this.gate = gate;
        this.agency = agency;
        this.answers = answers;
    }

    @Override
    public void get(String path, Handler handler) {
        routes.get(path, gate.guard(agency, handler, answers));
    }

    @Override
    public void post(String path, Handler handler) {
        routes.post(path, gate.guard(agency, handler, answers));
    }

    @Override
    public void put(String path, Handler handler) {
        routes.put(path, gate.guard(agency, handler, answers));
    }

    @Override
    public void after(String path, Handler handler) {
        routes.after(path, handler);
    }
}
