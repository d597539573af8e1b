package org.citizenshop.application;

import java.util.Map;

/**
 * What the integration layer needs to deliver one task to its agency: the idempotency key, the
 * service and its connector, and the fields (form values and earlier steps' outputs).
 */
public record TaskDispatch(
        String key,
        String caseReference,
        String agency,
        String service,
        String connector,
        String shop,
        String applicantCivilId,
        Map<String, String> fields) {}
