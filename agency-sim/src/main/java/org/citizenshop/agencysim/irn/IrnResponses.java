package org.citizenshop.agencysim.irn;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.citizenshop.agencysim.common.DocumentBody;
import org.citizenshop.agencysim.common.Problem;
import org.citizenshop.agencysim.common.Responses;

/** Renders a stored result; rendering is a pure function of it, so a replay is byte for byte the first answer. */
final class IrnResponses {

    private IrnResponses() {}

    /** The answer to the submission: 201 for an acceptance or a completion, 422 problem for a rejection. */
    static void answer(Context ctx, IrnResult result) {
        if (result instanceof IrnResult.Accepted accepted) {
            Responses.json(ctx, 201, acceptedBody(accepted));
        } else if (result instanceof IrnResult.Completed completed) {
            Responses.json(ctx, 201, completedBody(completed));
        } else {
            Responses.problem(ctx, rejectionBody((IrnResult.Rejected) result));
        }
    }

    /** A later look-up succeeds as such, whatever was decided: 200 with the body first sent. */
    static void lookup(Context ctx, IrnResult result) {
        Object body;
        if (result instanceof IrnResult.Accepted accepted) {
            body = acceptedBody(accepted);
        } else if (result instanceof IrnResult.Completed completed) {
            body = completedBody(completed);
        } else {
            body = rejectionBody((IrnResult.Rejected) result);
        }
        Responses.json(ctx, 200, body);
    }

    static String outcome(IrnResult result) {
        if (result instanceof IrnResult.Accepted accepted) {
            return "ACCEPTED " + accepted.agencyReference();
        }
        if (result instanceof IrnResult.Completed completed) {
            return "COMPLETED " + completed.agencyReference();
        }
        return "REJECTED " + ((IrnResult.Rejected) result).code();
    }

    private static AcceptedBody acceptedBody(IrnResult.Accepted accepted) {
        return new AcceptedBody(
                accepted.requestKey(),
                "ACCEPTED",
                accepted.agencyReference(),
                accepted.expectedDate(),
                accepted.receivedAt());
    }

    private static CompletedBody completedBody(IrnResult.Completed completed) {
        return new CompletedBody(
                completed.requestKey(),
                "COMPLETED",
                completed.agencyReference(),
                completed.outputs(),
                completed.receivedAt(),
                completed.document() == null ? null : DocumentBody.of(completed.document()));
    }

    private static Problem rejectionBody(IrnResult.Rejected rejected) {
        RejectionCode code = rejected.code();
        return Problem.rejection(code.type(), code.title(), code.name(), rejected.reason(), rejected.requestKey());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record CompletedBody(
            String requestKey,
            String status,
            String agencyReference,
            Map<String, String> outputs,
            Instant receivedAt,
            DocumentBody document) {}

    private record AcceptedBody(
            String requestKey, String status, String agencyReference, LocalDate expectedDate, Instant receivedAt) {}
}
