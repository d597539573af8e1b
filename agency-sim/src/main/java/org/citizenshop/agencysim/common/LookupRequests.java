package org.citizenshop.agencysim.common;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every registry lookup obeys, whatever the agency's wire format: the caller says for which of its requests
 * ({@code X-Correlation-Id}) and why ({@code X-Purpose}) it asks, and names one civil ID number. A registry discloses
 * nothing to a caller who does not.
 */
public final class LookupRequests {

    /** Why a lookup is refused: the agency's code and a reason for the caller's developers. */
    public record Refusal(String code, String reason) {}

    private static final Pattern CORRELATION_ID_FORMAT = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern PURPOSE_FORMAT = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private LookupRequests() {}

    /** The first rule {@code ctx} breaks for a lookup of {@code civilIdNumber}, if any; notes its key on the trace. */
    public static Optional<Refusal> refusalOf(Context ctx, String civilIdNumber) {
        Optional<Refusal> refusal = refusalOf(ctx);
        if (refusal.isEmpty() && !Identifiers.isCivilId(civilIdNumber)) {
            return refused("INVALID_CIVIL_ID", "A civil identification number has 8 digits.");
        }
        return refusal;
    }

    /** The first rule {@code ctx}'s headers break, if any; notes its key on the trace. */
    public static Optional<Refusal> refusalOf(Context ctx) {
        String correlationId = ctx.header(LookupLog.CORRELATION_ID);
        String purpose = ctx.header(LookupLog.PURPOSE);
        RequestTrace.key(ctx, correlationId);
        if (correlationId == null || correlationId.isEmpty()) {
            return refused("MISSING_CORRELATION_ID", "The X-Correlation-Id header is required.");
        }
        if (!CORRELATION_ID_FORMAT.matcher(correlationId).matches()) {
            return refused("INVALID_CORRELATION_ID", "The X-Correlation-Id must be 1 to 100 of A-Z, a-z, 0-9, -.");
        }
        if (purpose == null || purpose.isBlank()) {
            return refused("MISSING_PURPOSE", "The X-Purpose header is required: say why the person is looked up.");
        }
        if (!PURPOSE_FORMAT.matcher(purpose).matches()) {
            return refused("INVALID_PURPOSE", "The X-Purpose must be 1 to 200 printable ASCII characters.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refused(String code, String reason) {
        return Optional.of(new Refusal(code, reason));
    }
}
