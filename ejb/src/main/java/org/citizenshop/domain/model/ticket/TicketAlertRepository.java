package org.citizenshop.domain.model.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citizenshop.domain.model.catalogue.ServiceQueue;

public interface TicketAlertRepository {

    void add(TicketAlert alert);

    Optional<TicketAlert> find(long id);

    Optional<TicketAlert> of(Ticket ticket);

    /** Alerts still watching tickets of the queue on the day. */
    List<TicketAlert> watching(ServiceQueue queue, LocalDate day);
}
