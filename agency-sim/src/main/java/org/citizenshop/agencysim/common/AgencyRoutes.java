package org.citizenshop.agencysim.common;

import io.javalin.http.Handler;

/**
 * Where an agency declares its endpoints. For {@link SimulatedAgency#addRoutes} the app puts the behaviour switches in
 * front of each of them; for {@link SimulatedAgency#addAdminRoutes} it does not.
 */
public interface AgencyRoutes {

    void get(String path, Handler handler);

    void post(String path, Handler handler);

    void put(String path, Handler handler);

    /**
     * Runs {@code handler} once a request to {@code path} has been answered, whoever answered it: the endpoint, or the
     * switches in front of it (down, failure, garbled; after the latency). Never behind the switches itself.
     */
    void after(String path, Handler handler);
}
