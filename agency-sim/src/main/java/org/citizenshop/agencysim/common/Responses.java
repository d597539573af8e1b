package org.citizenshop.agencysim.common;

import io.javalin.http.Context;

/** Writes bodies with our own mapper, so that Javalin's optional JSON support plays no part in the wire format. */
public final class Responses {

    private Responses() {}

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    public static void problem(Context ctx, Problem problem) {
        ctx.status(problem.httpStatus()).contentType(Problem.MEDIA_TYPE).result(Json.write(problem));
    }
}
