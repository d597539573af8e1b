package org.citizenshop.agencysim;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.citizenshop.agencysim.at.AtAgency;
import org.citizenshop.agencysim.behaviour.BehaviourAdminRoutes;
import org.citizenshop.agencysim.behaviour.BehaviourGate;
import org.citizenshop.agencysim.behaviour.BehaviourSwitches;
import org.citizenshop.agencysim.cml.CmlAgency;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;
import org.citizenshop.agencysim.common.SimulatedAgency;
import org.citizenshop.agencysim.imt.ImtAgency;
import org.citizenshop.agencysim.irn.IrnAgency;
import org.citizenshop.agencysim.iss.IssAgency;
import org.citizenshop.agencysim.notify.NotifyAgency;
import org.citizenshop.agencysim.sns.SnsAgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simulator's web server; the clock and the failure dice come from outside so that tests control them. */
public final class AgencySimApp {

    private static final Logger LOG = LoggerFactory.getLogger(AgencySimApp.class);

    /** Every simulated agency; the behaviour switches know exactly these. */
    static final Set<String> AGENCY_CODES = Set.of(
            IrnAgency.CODE,
            NotifyAgency.CODE,
            AtAgency.CODE,
            SnsAgency.CODE,
            IssAgency.CODE,
            CmlAgency.CODE,
            ImtAgency.CODE);

    private final Javalin javalin;
    private final List<SimulatedAgency> agencies;

    private AgencySimApp(Javalin javalin, List<SimulatedAgency> agencies) {
        this.javalin = javalin;
        this.agencies = agencies;
    }

    /** With the settings of this process's environment. */
    public static AgencySimApp create(Clock clock, RandomGenerator failureDice) {
        return create(clock, failureDice, Settings.from(System.getenv()));
    }

    static AgencySimApp create(Clock clock, RandomGenerator failureDice, Settings settings) {
        BehaviourSwitches switches = new BehaviourSwitches(AGENCY_CODES);
        BehaviourGate gate = new BehaviourGate(switches, failureDice);
        List<SimulatedAgency> agencies = List.of(
                new IrnAgency(clock, settings.shopPublicUrl(), settings.irnEventsSecret()),
                new NotifyAgency(clock),
                new AtAgency(clock),
                new SnsAgency(clock),
                new IssAgency(clock, settings.exchangeDir(), settings.issBatchMs(), gate.view(IssAgency.CODE)),
                new CmlAgency(clock, settings.cmlCallbackMs(), settings.cmlWebhookSecret()),
                new ImtAgency(clock, settings.host(), settings.imtBrokerPort(), gate.view(ImtAgency.CODE)));
        Set<String> codes = agencies.stream().map(SimulatedAgency::code).collect(Collectors.toSet());
        if (!codes.equals(AGENCY_CODES)) {
            throw new IllegalStateException("The agencies " + codes + " are not the switched ones " + AGENCY_CODES);
        }
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http(RequestTrace::log);
            agencies.forEach(agency ->
                    agency.addRoutes(new GatedRoutes(config.routes, gate, agency.code(), agency.gateAnswers())));
            agencies.forEach(agency -> agency.addAdminRoutes(new UngatedRoutes(config.routes, agency.code())));
            new BehaviourAdminRoutes(switches).addTo(config.routes);
            new AdminRoutes(agencies, switches).addTo(config.routes);
            answerErrorsAsProblems(config);
        });
        return new AgencySimApp(javalin, agencies);
    }

    /** Port 0 picks a free port; {@link #port()} tells which. */
    public AgencySimApp start(String host, int port) {
        javalin.start(host, port);
        agencies.forEach(SimulatedAgency::start);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops the agencies' own work (batch runs, callbacks and events, the broker) first, then the server. */
    public void stop() {
        for (SimulatedAgency agency : agencies) {
            try {
                agency.stop();
            } catch (RuntimeException e) {
                LOG.error("Agency {} failed to stop cleanly", agency.code(), e);
            }
        }
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
