package org.citizenshop.integration.sns;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one FHIR R4 context of the application: building it scans the whole R4 model, so it is made
 * once, on first use, and shared (it is thread-safe; the parsers it makes are not, hence one a call).
 */
final class SnsFhir {

    static final String MEDIA_TYPE = "application/fhir+json";
    static final String CIVIL_ID = "urn:pt:irn:civil-id";
    static final String SNS_NUMBER = "urn:pt:sns:utente";
    static final String REQUEST_KEY = "urn:citizenshop:request-key";

    private SnsFhir() {}

    static IParser json() {
        return Holder.CONTEXT.newJsonParser();
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
    }
}
