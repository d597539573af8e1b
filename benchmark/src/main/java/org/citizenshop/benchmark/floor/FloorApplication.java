package org.citizenshop.benchmark.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The floor of the load benchmark: deployed by bin/benchmark as {@code floor.war} (context {@code /floor}) next to
 * the application and the bare reference, secured like the application's web module (OpenID Connect through
 * elytron-oidc-client, a bearer token with the kiosk's role). Its requests ({@link FloorResource}) do the least
 * a secured request and a numbered, durable ticket can do — one transaction per ticket, with and without the
 * series' lock, or one transaction for the tickets of concurrent requests — so that the ticket endpoint's figures
 * can be read against what each design can reach on this server and machine. bin/fanout deploys it too, for the
 * fan-out's ceiling ({@link RelayResource}, a clerk's token). It never ships with the application.
 */
@ApplicationPath("/")
public class FloorApplication extends Application {}
