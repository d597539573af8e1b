package org.citizenshop.agencysim;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citizenshop.agencysim.behaviour.BehaviourSwitches;
import org.citizenshop.agencysim.common.AppliedEffect;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;
import org.citizenshop.agencysim.common.SimulatedAgency;

/** The admin endpoints that span agencies: effects per agency, reset of everything, health. */
final class AdminRoutes {

    private final Map<String, SimulatedAgency> agencies;
    private final BehaviourSwitches switches;

    AdminRoutes(List<SimulatedAgency> agencies, BehaviourSwitches switches) {
        this.agencies =
                agencies.stream().collect(Collectors.toUnmodifiableMap(SimulatedAgency::code, Function.identity()));
        this.switches = switches;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/admin/agencies/{agency}/effects", this::effects);
        routes.post("/admin/reset", this::reset);
        routes.get("/health", ctx -> {
            RequestTrace.outcome(ctx, "UP");
            Responses.json(ctx, 200, Map.of("status", "UP"));
        });
    }

    private void effects(Context ctx) {
        String code = ctx.pathParam("agency");
        RequestTrace.agency(ctx, code);
        SimulatedAgency agency = agencies.get(code);
        if (agency == null) {
            RequestTrace.outcome(ctx, "UNKNOWN_AGENCY");
            Responses.problem(
                    ctx,
                    Problem.error(
                            "agency-sim",
                            404,
                            "UNKNOWN_AGENCY",
                            "Unknown agency",
                            "No simulated agency is called " + code + ".",
                            null));
            return;
        }
        List<AppliedEffect> effects = agency.effects().all();
        RequestTrace.outcome(ctx, "EFFECTS " + effects.size());
        Responses.json(ctx, 200, new EffectsView(code, effects.size(), effects));
    }

    private void reset(Context ctx) {
        switches.reset();
        agencies.values().forEach(SimulatedAgency::reset);
        RequestTrace.outcome(ctx, "RESET");
        ctx.status(204);
    }

    private record EffectsView(String agency, int count, List<AppliedEffect> effects) {}
}
