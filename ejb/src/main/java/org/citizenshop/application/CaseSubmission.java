package org.citizenshop.application;

import jakarta.validation.Valid;
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
        @Size(max = 36) String consent,
        @Valid Document document)
        implements Serializable {

    /**
     * The identity document the applicant showed at the desk ({@code CITIZEN_CARD}, {@code PASSPORT},
     * {@code RESIDENCE_PERMIT}), its number, and the clerk's confirmation that he checked its photo
     * and validity.
     */
    public record Document(@Size(max = 20) String type, @Size(max = 20) String number, boolean checked)
            implements Serializable {}

    /** Without a presented document (a kiosk, or steps that need none). */
    public CaseSubmission(
            String shop,
            String desk,
            String lifeEvent,
            String service,
            Set<String> chosen,
            Map<String, String> data,
            String applicantCivilId,
            String consent) {
        this(shop, desk, lifeEvent, service, chosen, data, applicantCivilId, consent, null);
    }

    public CaseSubmission {
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
