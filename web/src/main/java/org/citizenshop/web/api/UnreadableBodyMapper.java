package org.citizenshop.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citizenshop.web.problem.Problems;

/** A body that is missing or not a JSON object: 400, saying which. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonBodies.Unreadable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonBodies.Unreadable unreadable) {
        Problems problems = Problems.of(headers, uri);
        return problems.response(
                Response.Status.BAD_REQUEST,
                "malformed-body",
                "problem.badRequest",
                problems.text(unreadable.messageKey));
    }
}
