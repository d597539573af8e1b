package org.citizenshop.agencysim.behaviour;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.citizenshop.agencysim.common.Json;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/** {@code GET} and {@code PUT /admin/agencies/{agency}/behaviour}. */
public final class BehaviourAdminRoutes {

    private static final String PATH = "/admin/agencies/{agency}/behaviour";

    private final BehaviourSwitches switches;

    public BehaviourAdminRoutes(BehaviourSwitches switches) {
        this.switches = switches;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.put(PATH, this::change);
    }

    private void show(Context ctx) {
        String agency = ctx.pathParam("agency");
        RequestTrace.agency(ctx, agency);
        if (!switches.knows(agency)) {
            unknownAgency(ctx, agency);
            return;
        }
        RequestTrace.outcome(ctx, "BEHAVIOUR_SHOWN");
        Responses.json(ctx, 200, switches.of(agency));
    }

    private void change(Context ctx) {
        String agency = ctx.pathParam("agency");
        RequestTrace.agency(ctx, agency);
        if (!switches.knows(agency)) {
            unknownAgency(ctx, agency);
            return;
        }
        Behaviour behaviour;
        try {
            behaviour = BehaviourReader.read(
                    Json.parse(ctx.body()).orElseThrow(() -> new IllegalArgumentException("The body is not JSON")));
        } catch (IllegalArgumentException invalid) {
            RequestTrace.outcome(ctx, "INVALID_BEHAVIOUR");
            Responses.problem(
                    ctx,
                    Problem.error(
                            "agency-sim", 400, "INVALID_BEHAVIOUR", "Invalid behaviour", invalid.getMessage(), null));
            return;
        }
        switches.set(agency, behaviour);
        RequestTrace.outcome(ctx, "BEHAVIOUR_SET " + behaviour);
        Responses.json(ctx, 200, behaviour);
    }

    private static void unknownAgency(Context ctx, String agency) {
        RequestTrace.outcome(ctx, "UNKNOWN_AGENCY");
        Responses.problem(
                ctx,
                Problem.error(
                        "agency-sim",
                        404,
                        "UNKNOWN_AGENCY",
                        "Unknown agency",
                        "No simulated agency is called " + agency + ".",
                        null));
    }
}
