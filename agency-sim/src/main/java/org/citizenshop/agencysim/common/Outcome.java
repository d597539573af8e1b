package org.citizenshop.agencysim.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an agency decided for a task: completed with its reference and outputs, or refused with a code and reason. */
public sealed interface Outcome {

    /** The outputs keep the order the service names them in, so that every rendering lists them the same way. */
    record Completed(String agencyReference, Map<String, String> outputs) implements Outcome {

        public Completed {
            outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        }
    }

    record Refused(String code, String reason) implements Outcome {}
}
