package org.citizenshop.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citizenshop.application.ConcurrentChange;

/**
 * Anything else is our fault: the caller gets a 500 problem with a correlation id and no internals;
 * the log gets the stack trace under the same id.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        String correlationId = CorrelationIds.current();
        if (ConcurrentChange.causes(exception)) {
            // Not a fault: two requests changed the same thing at once; this one was rolled back whole.
            LOG.info(() -> "Concurrent change, rolled back, correlation id " + correlationId + ": " + exception);
            Problems problems = Problems.of(headers, uri);
            return problems.response(
                    Status.CONFLICT,
                    "concurrent-change",
                    "problem.conflict",
                    problems.text("problem.concurrentChange.detail"),
                    "concurrentChange",
                    null);
        }
        LOG.log(Level.SEVERE, exception, () -> "Unexpected error, correlation id " + correlationId);
        Problems problems = Problems.of(headers, uri);
        return problems.response(
                Status.INTERNAL_SERVER_ERROR,
                "internal-error",
                "problem.internal",
                problems.text("problem.internal.detail", correlationId));
    }
}
