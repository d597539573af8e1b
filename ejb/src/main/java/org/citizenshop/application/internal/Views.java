package org.citizenshop.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.citizenshop.application.AgencyRequestView;
import org.citizenshop.application.CalledTicket;
import org.citizenshop.application.DeskState;
import org.citizenshop.domain.model.agencyrequest.AgencyRequest;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.ticket.Ticket;

/** Turns aggregates into the records the application hands out, so no entity leaves a service. */
final class Views {

    private Views() {}

    static CalledTicket called(Ticket ticket) {
        Desk desk = ticket.desk().orElseThrow(() -> new IllegalStateException("a called ticket has a desk"));
        Instant calledAt = ticket.calledAt().orElseThrow();
        return new CalledTicket(
                ticket.id(),
                ticket.number().toString(),
                ticket.shop().code().value(),
                ticket.service().code().value(),
                ticket.service().name(),
                ticket.priorityReason().map(Enum::name).orElse(null),
                ticket.channel().name(),
                ticket.issuedAt(),
                calledAt,
                desk.code().value(),
                desk.number(),
                Duration.between(ticket.issuedAt(), calledAt).toMinutes());
    }

    static DeskState desk(Desk desk, Ticket current, long waiting) {
        List<String> services = desk.services().stream()
                .map(PublicService::code)
                .map(code -> code.value())
                .sorted(Comparator.naturalOrder())
                .toList();
        return new DeskState(
                desk.code().value(),
                desk.number(),
                desk.shop().code().value(),
                desk.kind().name(),
                desk.status() == org.citizenshop.domain.model.shop.DeskStatus.OPEN,
                desk.clerk().orElse(null),
                current == null ? null : called(current),
                waiting,
                services);
    }

    static AgencyRequestView request(AgencyRequest request) {
        return new AgencyRequestView(
                request.key().value(),
                request.service().code().value(),
                request.service().agency().code().value(),
                request.ticket().map(t -> t.number().toString()).orElse(null),
                request.status().name(),
                request.agencyReference().orElse(null),
                request.expectedDate().orElse(null),
                request.rejectionCode().orElse(null),
                request.rejectionReason().orElse(null),
                request.failedAttempts(),
                request.createdAt(),
                request.updatedAt());
    }
}
