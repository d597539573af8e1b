package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * What a clerk (at a desk) or a citizen (at a kiosk) submits: a life event with the optional steps
 * chosen, or a single service, for a shop, with the form's values and who the applicant is. A life
 * event shares the citizen's data between agencies: it names the consent he gave for it (at the
 * desk's customer display, or himself at a kiosk).
 */
public record CaseSubmission(
        @NotBlank @Size(max = 20) String shop,
        @Size(max = 20) String desk,
        @Size(max = 30) String lifeEvent,
        @Size(max = 30) String service,
        Set<String> chosen,
        @Size(max = 200) Map<String, String> data,
        @Size(max = 20) String applicantCivilId,
        @Size(max = 36) String consent)
        implements Serializable {

    public CaseSubmission {
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
