package org.citizenshop.benchmark.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The floor of the load benchmark: deployed by bin/benchmark as {@code floor.war} (context {@code /floor}) next to
 * the application and the bare reference, secured like the application's web module (OpenID Connect through
 * elytron-oidc-client, a bearer token with the kiosk's role). Its two resources do the least a secured request
 * and a numbered, durable ticket can do, so that the ticket endpoint's figures can be read against what no
 * implementation of a ticket on this server and machine can beat. It never ships with the application.
 */
@ApplicationPath("/")
public class FloorApplication extends Application {}
