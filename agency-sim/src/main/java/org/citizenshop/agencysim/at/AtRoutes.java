package org.citizenshop.agencysim.at;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.citizenshop.agencysim.common.AgencyRoutes;
import org.citizenshop.agencysim.common.Decision;
import org.citizenshop.agencysim.common.Keyed;
import org.citizenshop.agencysim.common.Outcome;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.RequestTrace;
import org.citizenshop.agencysim.common.Responses;

/**
 * The tax authority's SOAP endpoint and its WSDL. Every answer but the WSDL is a SOAP 1.1 envelope: 200 with the
 * response, 500 with a fault; faults the reader raises leave no trace of the key.
 */
final class AtRoutes {

    static final String AGENCY = "at";
    static final String PATH = "/at/ws/tax-services";
    static final String SOAP_ACTION = "urn:pt:at:citizenshop:tax:v1:submit";
    private static final String WSDL_RESOURCE = "/at/tax-services.wsdl";
    private static final String WSDL_LOCATION = "http://localhost:8280" + PATH;

    private final AtService service;
    private final String wsdl = loadWsdl();

    AtRoutes(AtService service) {
        this.service = service;
    }

    void addTo(AgencyRoutes routes) {
        routes.post(PATH, this::submit);
        routes.get(PATH, this::describe);
    }

    private void submit(Context ctx) {
        String action = ctx.header("SOAPAction");
        if (action != null
                && !action.isBlank()
                && !action.strip().replace("\"", "").equals(SOAP_ACTION)) {
            clientFault(ctx, "UNKNOWN_ACTION", "The only SOAPAction is \"" + SOAP_ACTION + "\".");
            return;
        }
        SoapReader.Envelope envelope;
        try {
            envelope = SoapReader.read(ctx.bodyAsBytes());
        } catch (SoapFault fault) {
            clientFault(ctx, fault.code(), fault.getMessage());
            return;
        }
        String key = envelope.requestKey();
        RequestTrace.key(ctx, key);
        Keyed<Decision> submission = service.submit(key, envelope.request());
        switch (submission.kind()) {
            case NEW -> {
                RequestTrace.outcome(ctx, submission.result().summary());
                answer(ctx, submission.result());
            }
            case REPLAY -> {
                RequestTrace.outcome(ctx, "REPLAYED " + submission.result().summary());
                answer(ctx, submission.result());
            }
            case KEY_REUSED ->
                clientFault(ctx, "KEY_REUSED", "This IdempotencyKey was already used for a different request.");
        }
    }

    /** {@code ?wsdl} (any case) serves the WSDL with this server's address; anything else is not found. */
    private void describe(Context ctx) {
        String query = ctx.queryString();
        if (query == null || !query.toLowerCase(Locale.ROOT).equals("wsdl")) {
            RequestTrace.outcome(ctx, "NOT_FOUND");
            Responses.problem(
                    ctx,
                    Problem.error(
                            AGENCY,
                            404,
                            "NOT_FOUND",
                            "Not found",
                            "POST a SOAP 1.1 envelope here, or GET " + PATH + "?wsdl for its description.",
                            null));
            return;
        }
        RequestTrace.outcome(ctx, "WSDL");
        String location = ctx.scheme() + "://" + ctx.host() + PATH;
        ctx.status(200).contentType(SoapWriter.CONTENT_TYPE).result(wsdl.replace(WSDL_LOCATION, location));
    }

    private static void answer(Context ctx, Decision decision) {
        ctx.status(decision.outcome() instanceof Outcome.Completed ? 200 : 500)
                .contentType(SoapWriter.CONTENT_TYPE)
                .result(SoapWriter.answer(decision));
    }

    private static void clientFault(Context ctx, String code, String reason) {
        RequestTrace.outcome(ctx, code);
        ctx.status(500).contentType(SoapWriter.CONTENT_TYPE).result(SoapWriter.clientFault(code, reason));
    }

    private static String loadWsdl() {
        try (InputStream in = AtRoutes.class.getResourceAsStream(WSDL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The WSDL " + WSDL_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
