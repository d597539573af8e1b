package org.citizenshop.agencysim;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.citizenshop.agencysim.behaviour.BehaviourAdminRoutes;
import org.citizenshop.agencysim.behaviour.BehaviourGate;
import org.citizenshop.agencysim.behaviour.BehaviourSwitches;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;
import org.citizenshop.agencysim.common.SimulatedAgency;
import org.citizenshop.agencysim.irn.IrnAgency;
import org.citizenshop.agencysim.notify.NotifyAgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simulator's web server; the clock and the failure dice come from outside so that tests control them. */
public final class AgencySimApp {

    private static final Logger LOG = LoggerFactory.getLogger(AgencySimApp.class);

    private final Javalin javalin;

    private AgencySimApp(Javalin javalin) {
        this.javalin = javalin;
    }

    public static AgencySimApp create(Clock clock, RandomGenerator failureDice) {
        List<SimulatedAgency> agencies = List.of(new IrnAgency(clock), new NotifyAgency(clock));
        BehaviourSwitches switches = new BehaviourSwitches(
                agencies.stream().map(SimulatedAgency::code).collect(Collectors.toSet()));
        BehaviourGate gate = new BehaviourGate(switches, failureDice);
        return new AgencySimApp(Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http(RequestTrace::log);
            agencies.forEach(agency -> agency.addRoutes(new GatedRoutes(config.routes, gate, agency.code())));
            agencies.forEach(agency -> agency.addAdminRoutes(new UngatedRoutes(config.routes, agency.code())));
            new BehaviourAdminRoutes(switches).addTo(config.routes);
            new AdminRoutes(agencies, switches).addTo(config.routes);
            answerErrorsAsProblems(config);
        }));
    }

    /** Port 0 picks a free port; {@link #port()} tells which. */
    public AgencySimApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void answerErrorsAsProblems(JavalinConfig config) {
        // Unknown paths and methods keep their status (404, 405) but speak problem+json like everything else.
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            RequestTrace.outcome(ctx, "HTTP_" + e.getStatus());
            Responses.problem(
                    ctx,
                    Problem.error(
                            "agency-sim",
                            e.getStatus(),
                            "HTTP_" + e.getStatus(),
                            e.getMessage(),
                            e.getMessage(),
                            null));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            RequestTrace.outcome(ctx, "UNEXPECTED");
            Responses.problem(
                    ctx,
                    Problem.error(
                            "agency-sim",
                            500,
                            "UNEXPECTED",
                            "Unexpected failure",
                            "The simulator failed unexpectedly; nothing is known to have been recorded.",
                            null));
        });
    }
}
