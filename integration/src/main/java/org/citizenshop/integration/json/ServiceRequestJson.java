package org.citizenshop.integration.json;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.TreeMap;
import org.citizenshop.application.TaskDispatch;

/**
 * A case task as the civil registry's JSON service request, which other agencies take too. Fields
 * go in key order, so that a task sent again is the same request byte for byte.
 */
public final class ServiceRequestJson {

    // Made once: Json.createObjectBuilder() looks the provider up on every call (docs/performance.md).
    private static final jakarta.json.JsonBuilderFactory BUILDERS = Json.createBuilderFactory(null);

    private ServiceRequestJson() {}

    public static JsonObjectBuilder of(TaskDispatch task) {
        JsonObjectBuilder details = BUILDERS.createObjectBuilder();
        new TreeMap<>(task.fields()).forEach(details::add);
        JsonObjectBuilder citizen = BUILDERS.createObjectBuilder();
        if (task.applicantCivilId() != null) {
            citizen.add("civilIdNumber", task.applicantCivilId());
        }
        return BUILDERS.createObjectBuilder()
                .add("service", task.service())
                .add("shop", task.shop())
                .add("caseReference", task.caseReference())
                .add("citizen", citizen)
                .add("details", details);
    }
}
