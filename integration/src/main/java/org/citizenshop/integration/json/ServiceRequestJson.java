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

    private ServiceRequestJson() {}

    public static JsonObjectBuilder of(TaskDispatch task) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        new TreeMap<>(task.fields()).forEach(details::add);
        JsonObjectBuilder citizen = Json.createObjectBuilder();
        if (task.applicantCivilId() != null) {
            citizen.add("civilIdNumber", task.applicantCivilId());
        }
        return Json.createObjectBuilder()
                .add("service", task.service())
                .add("shop", task.shop())
                .add("caseReference", task.caseReference())
                .add("citizen", citizen)
                .add("details", details);
    }
}
