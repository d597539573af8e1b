package org.citizenshop.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the data tracker: when, who (a user name, an agency code, or "system") in which role,
 * what was done ({@code READ}, {@code LOOKUP}, {@code SHARE}, {@code CHANGE}) with which kinds of data,
 * why (the purpose and the case), and the request's correlation id. The supervisor's search also
 * sees whose data it was.
 */
public record DataAccessView(
        Instant at,
        String civilId,
        String actor,
        String actorRole,
        String action,
        List<String> data,
        String purpose,
        String caseReference,
        String correlationId)
        implements Serializable {}
