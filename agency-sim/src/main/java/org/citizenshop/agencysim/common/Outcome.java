package org.citizenshop.agencysim.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an agency decided for a task: completed with its reference and outputs, or refused with a code and reason. */
public sealed interface Outcome {

    /**
     * The outputs keep the order the service names them in, so that every rendering lists them the same way; {@code
     * document} is the document issued with the completion, null when the service issues none.
     */
    record Completed(String agencyReference, Map<String, String> outputs, IssuedDocument document) implements Outcome {

        public Completed {
            outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        }

        public Completed(String agencyReference, Map<String, String> outputs) {
            this(agencyReference, outputs, null);
        }
    }

    record Refused(String code, String reason) implements Outcome {}
}
