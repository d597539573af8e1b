package org.citizenshop.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citizenshop.domain.model.agencyrequest.CitizenCardReason;

/**
 * A clerk's citizen card request for the citizen at the desk. The civil ID number may be left out
 * when the current card's number is given: it starts with it.
 */
public record CitizenCardApplication(
        @Size(max = 20) String civilIdNumber,
        @Size(max = 20) String documentNumber,
        @NotNull CitizenCardReason reason) {}
