package org.citizenshop.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.citizenshop.application.port.RegistryUnavailableException;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.ticket.TooManyTicketsException;
import org.citizenshop.web.i18n.Texts;

/** A domain rule's refusal, as the matching HTTP status with the translated reason. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException exception) {
        Problems problems = Problems.of(headers, uri);
        String detail = Texts.of(exception, problems.locale());
        String code = exception.messageKey();
        if (exception instanceof NotFoundException) {
            return problems.response(Status.NOT_FOUND, "not-found", "problem.notFound", detail, code, null);
        }
        if (exception instanceof InvalidFormException form) {
            List<Problem.FieldError> errors = form.refusals().stream()
                    .map(refusal -> new Problem.FieldError(
                            refusal.field(),
                            Texts.text(
                                    problems.locale(),
                                    refusal.messageKey(),
                                    refusal.arguments().toArray())))
                    .toList();
            return problems.response(
                    Problems.UNPROCESSABLE_CONTENT, "invalid-input", "problem.invalidInput", detail, code, errors);
        }
        if (exception instanceof InvalidInputException invalid) {
            List<Problem.FieldError> errors = List.of(new Problem.FieldError(invalid.field(), detail));
            return problems.response(
                    Problems.UNPROCESSABLE_CONTENT, "invalid-input", "problem.invalidInput", detail, code, errors);
        }
        if (exception instanceof RegistryUnavailableException) {
            return problems.response(
                    Status.SERVICE_UNAVAILABLE, "registry-unavailable", "problem.unavailable", detail, code, null);
        }
        if (exception instanceof NotPermittedException) {
            return problems.response(Status.FORBIDDEN, "forbidden", "problem.forbidden", detail, code, null);
        }
        if (exception instanceof ConflictException) {
            return problems.response(Status.CONFLICT, "conflict", "problem.conflict", detail, code, null);
        }
        if (exception instanceof TooManyTicketsException tooMany) {
            Response response = problems.response(
                    Status.TOO_MANY_REQUESTS, "too-many-tickets", "problem.tooMany", detail, code, null);
            return Response.fromResponse(response)
                    .header("Retry-After", tooMany.retryAfter().toSeconds())
                    .build();
        }
        return problems.response(Status.BAD_REQUEST, "bad-request", "problem.badRequest", detail, code, null);
    }
}
