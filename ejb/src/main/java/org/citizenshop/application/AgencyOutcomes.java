package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** How the integration layer reads what to deliver and reports what the agency answered. */
public interface AgencyOutcomes {

    CitizenCardDispatch citizenCardDispatch(@NotBlank @Size(max = 36) String key);

    void accepted(@NotBlank @Size(max = 36) String key, @NotBlank @Size(max = 60) String reference, LocalDate expected);

    void rejected(@NotBlank @Size(max = 36) String key, @NotBlank @Size(max = 40) String code, String reason);

    /** Recorded in its own transaction, so that it stays when the delivery is rolled back for a retry. */
    void deliveryFailed(@NotBlank @Size(max = 36) String key, String error);
}
