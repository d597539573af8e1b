package org.citizenshop.integration.delivery;

import java.time.LocalDate;

/** What an agency answered, translated from its wire format at the edge. */
public sealed interface AgencyOutcome {

    /** The agency took the request and gave its reference (and, for some services, a date). */
    record Accepted(String reference, LocalDate expectedDate) implements AgencyOutcome {}

    /** The agency refused the request, with a code and a reason the citizen can act on. */
    record Rejected(String code, String reason) implements AgencyOutcome {}
}
