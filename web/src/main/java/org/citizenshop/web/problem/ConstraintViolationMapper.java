package org.citizenshop.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.citizenshop.web.i18n.Texts;

/**
 * Input that broke a Bean Validation constraint of an application service: a 400 naming each field,
 * with the message of our bundle for the constraint (validation.constraint.NotBlank, ...).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Problems problems = Problems.of(headers, uri);
        Locale locale = problems.locale();
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), message(violation, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.isEmpty()
                ? null
                : errors.get(0).field() + ": " + errors.get(0).message();
        return problems.response(
                Status.BAD_REQUEST, "invalid-input", "problem.invalidInput", detail, "validation", errors);
    }

    /** The last named node of the path: the parameter or record component that was wrong. */
    static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }

    private static String message(ConstraintViolation<?> violation, Locale locale) {
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        try {
            return Texts.text(locale, "validation.constraint." + constraint);
        } catch (MissingResourceException e) {
            return violation.getMessage();
        }
    }
}
