package org.citizenshop.web.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.citizenshop.web.i18n.Texts;

/**
 * Builds problem responses in the caller's language (Accept-Language; Portuguese by default) for
 * the request's path, with the request's correlation id.
 */
public record Problems(Locale locale, String path) {

    private static final String TYPE_BASE = "https://citizen-shop.example/problems/";

    /** RFC 9110's 422, which JAX-RS 3.1's Status enum lacks. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public static Problems of(HttpHeaders headers, UriInfo uri) {
        return new Problems(
                language(headers == null ? List.of() : headers.getAcceptableLanguages()),
                uri == null ? null : uri.getRequestUri().getRawPath());
    }

    public static Problems of(ContainerRequestContext request) {
        return new Problems(
                language(request.getAcceptableLanguages()),
                request.getUriInfo().getRequestUri().getRawPath());
    }

    private static Locale language(List<Locale> accepted) {
        return Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    public String text(String key, Object... arguments) {
        return Texts.text(locale, key, arguments);
    }

    public Response response(Response.StatusType status, String type, String titleKey, String detail) {
        return response(status, type, titleKey, detail, null, null);
    }

    public Response response(
            Response.StatusType status,
            String type,
            String titleKey,
            String detail,
            String code,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(
                TYPE_BASE + type,
                text(titleKey),
                status.getStatusCode(),
                detail,
                path,
                code,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                CorrelationIds.current());
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem)
                .build();
    }
}
