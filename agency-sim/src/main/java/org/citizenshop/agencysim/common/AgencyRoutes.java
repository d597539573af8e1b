package org.citizenshop.agencysim.common;

import io.javalin.http.Handler;

/** Where an agency declares its endpoints; the app puts the behaviour switches in front of each of them. */
public interface AgencyRoutes {

    void get(String path, Handler handler);

    void post(String path, Handler handler);
}
