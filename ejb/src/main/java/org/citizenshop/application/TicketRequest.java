package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;

/**
 * A citizen asks for a ticket. {@code clientAddress} is set for anonymous clients only: their
 * tickets count against the per-client limit; trusted devices (kiosks with a device login) pass null.
 */
public record TicketRequest(
        @NotBlank @Size(max = 30) String shop,
        @NotBlank @Size(max = 30) String service,
        PriorityReason priority,
        @NotNull Channel channel,
        @Size(max = 100) String clientAddress) {}
