package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.PriorityReason;

/**
 * A citizen asks for a ticket for one or more services (a journey, in the order given).
 * {@code clientAddress} is set for anonymous clients only: their tickets count against the
 * per-client limit; trusted devices (kiosks with a device login) pass null.
 */
public record TicketRequest(
        @NotBlank @Size(max = 30) String shop,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 30) String> services,
        PriorityReason priority,
        @NotNull Channel channel,
        @Size(max = 100) String clientAddress) {

    public TicketRequest {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A ticket for a single service. */
    public static TicketRequest forService(
            String shop, String service, PriorityReason priority, Channel channel, String clientAddress) {
        return new TicketRequest(shop, List.of(service), priority, channel, clientAddress);
    }
}
