package org.citizenshop.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.security.Principal;
import org.citizenshop.application.port.AuditTrail;

/** The two answers to a caller who may not do something: who are you (401), or not you (403). */
public final class AccessProblems {

    /** The audit trail's action for a refused access. */
    public static final String REFUSED = "access.refused";

    private AccessProblems() {}

    /** The refusal, on the audit trail too: who (or "anonymous") was refused what. */
    public static Response denied(Principal caller, Problems problems, AuditTrail audit, String method, String path) {
        audit.record(
                caller == null ? "anonymous" : caller.getName(),
                REFUSED,
                method + " " + path,
                caller == null ? "401 no credentials" : "403 role");
        return denied(caller, problems);
    }

    public static Response denied(Principal caller, Problems problems) {
        if (caller == null) {
            return Response.fromResponse(problems.response(
                            Status.UNAUTHORIZED,
                            "unauthorized",
                            "problem.unauthorized",
                            problems.text("problem.unauthorized.detail")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"citizen-shop\"")
                    .build();
        }
        return problems.response(
                Status.FORBIDDEN, "forbidden", "problem.forbidden", problems.text("problem.forbidden.detail"));
    }
}
