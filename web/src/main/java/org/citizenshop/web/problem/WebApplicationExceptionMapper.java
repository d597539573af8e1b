package org.citizenshop.web.problem;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own refusals (no such path, wrong method, wrong media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response problem;
        if (exception instanceof NotFoundException) {
            String path = uri == null ? "" : uri.getRequestUri().getRawPath();
            problem = problem(Status.NOT_FOUND, "not-found", "problem.notFound", text("problem.noSuchPath", path));
        } else if (exception instanceof NotAllowedException) {
            problem = problem(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "problem.methodNotAllowed", null);
        } else if (exception instanceof NotSupportedException) {
            problem = problem(
                    Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "problem.unsupportedMediaType", null);
        } else if (exception instanceof NotAcceptableException) {
            problem = problem(Status.NOT_ACCEPTABLE, "not-acceptable", "problem.notAcceptable", null);
        } else if (status.getFamily() == Status.Family.CLIENT_ERROR) {
            problem = problem(status, "bad-request", "problem.badRequest", text("problem.malformedBody"));
        } else {
            return original;
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private Response problem(Response.StatusType status, String type, String titleKey, String detail) {
        return Problems.of(headers, uri).response(status, type, titleKey, detail);
    }

    private String text(String key, Object... arguments) {
        return Problems.of(headers, uri).text(key, arguments);
    }
}
