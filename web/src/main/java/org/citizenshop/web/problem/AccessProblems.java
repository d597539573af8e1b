package org.citizenshop.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.security.Principal;

/** The two answers to a caller who may not do something: who are you (401), or not you (403). */
public final class AccessProblems {

    private AccessProblems() {}

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
