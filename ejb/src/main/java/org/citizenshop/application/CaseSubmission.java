package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * What a clerk (at a desk) or a citizen (at a kiosk) submits: a life event with the optional steps
 * chosen, or a single service, for a shop, with the form's values and who the applicant is.
 */
public record CaseSubmission(
        @NotBlank @Size(max = 20) String shop,
        @Size(max = 20) String desk,
        @Size(max = 30) String lifeEvent,
        @Size(max = 30) String service,
        Set<String> chosen,
        @Size(max = 200) Map<String, String> data,
        @Size(max = 20) String applicantCivilId)
        implements Serializable {

    public CaseSubmission {
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
