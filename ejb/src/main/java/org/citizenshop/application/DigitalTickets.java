package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A ticket's own page, reached with its access code: follow it, be alerted, give it up. */
public interface DigitalTickets {

    TicketView ticket(@NotBlank @Size(max = 24) String accessCode);

    TicketView alertMe(@NotBlank @Size(max = 24) String accessCode, @NotNull @Valid AlertRequest request);

    /** The citizen will not come: the place goes back to the day's quota. */
    TicketView cancel(@NotBlank @Size(max = 24) String accessCode);
}
