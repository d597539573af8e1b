package org.citizenshop.application.port;

/** Tells every display board of the network, once the call is committed. */
public interface CallAnnouncements {

    void ticketCalled(TicketCalledEvent event);
}
