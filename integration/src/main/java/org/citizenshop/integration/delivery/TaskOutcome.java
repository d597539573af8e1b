package org.citizenshop.integration.delivery;

import java.util.Map;
import org.citizenshop.application.AgencyDocument;

/** What an agency did with a case task, translated from its wire format at the edge. */
public sealed interface TaskOutcome {

    /**
     * Done, with the agency's reference and what it assigned (output key to value), and the document
     * it issued as proof: read and checked, or the problem with it; null when it sent none.
     */
    record Completed(String reference, Map<String, String> outputs, AgencyDocument document) implements TaskOutcome {

        public Completed {
            outputs = Map.copyOf(outputs);
        }

        public Completed(String reference, Map<String, String> outputs) {
            this(reference, outputs, null);
        }
    }

    /** The agency took the task and gave its reference; the result comes later (a callback, a reply). */
    record Acknowledged(String reference) implements TaskOutcome {}

    /** The request went out (a file written, a message queued); nothing came back yet. */
    record Sent() implements TaskOutcome {}

    /** The agency refused the task, with a code and a reason the citizen can act on. */
    record Rejected(String code, String reason) implements TaskOutcome {}
}
