package org.citizenshop.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Taking a ticket at a kiosk, on the web or through the API. */
public interface TicketIssuing {

    TicketView take(@NotNull @Valid TicketRequest request);
}
