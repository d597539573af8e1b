package org.citizenshop.agencysim;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.RequestTrace;

/** Registers an agency's admin endpoints without its behaviour switches, naming the agency in the request log. */
final class UngatedRoutes implements AgencyRoutes {

    private final RoutesConfig routes;
    private final String agency;

    UngatedRoutes(RoutesConfig routes, String agency) {
        this.routes = routes;
        this.agency = agency;
    }

    @Override
    public void get(String path, Handler handler) {
        routes.get(path, traced(handler));
    }

    @Override
    public void post(String path, Handler handler) {
        routes.post(path, traced(handler));
    }

    @Override
    public void put(String path, Handler handler) {
        routes.put(path, traced(handler));
    }

    @Override
    public void after(String path, Handler handler) {
        routes.after(path, handler);
    }

    private Handler traced(Handler handler) {
        return ctx -> {
            RequestTrace.agency(ctx, agency);
            handler.handle(ctx);
        };
    }
}
