package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Requests a clerk sends to agencies for the citizen being served at the desk. */
public interface AgencyRequests {

    /** Stores the request and hands it to the integration layer in the same transaction. */
    AgencyRequestView requestCitizenCard(
            @NotBlank @Size(max = 30) String desk, @NotNull @Valid CitizenCardApplication application);

    /** The requests made during the visit in progress at the desk. */
    List<AgencyRequestView> ofCurrentVisit(@NotBlank @Size(max = 30) String desk);

    AgencyRequestView find(@NotBlank @Size(max = 36) String key);
}
