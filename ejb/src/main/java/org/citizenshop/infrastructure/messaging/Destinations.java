package org.citizenshop.infrastructure.messaging;

/** JNDI names and message properties of the destinations the server configuration creates (02-messaging.cli). */
public final class Destinations {

    /** Requests waiting to be delivered to an agency; a message carries the request key. */
    public static final String AGENCY_REQUESTS = "java:/jms/queue/citizenshop/AgencyRequests";

    /** Messages to citizens (alerts) waiting to go to the notification gateway. */
    public static final String NOTIFICATIONS = "java:/jms/queue/citizenshop/Notifications";

    /** Tickets called at a desk, for every display board on every node. */
    public static final String TICKET_CALLS = "java:/jms/topic/citizenshop/TicketCalls";

    public static final String AGENCY_PROPERTY = "agency";
    public static final String SHOP_PROPERTY = "shop";

    /**
     * What an agency-requests message carries: {@link #KIND_TASK} for a case task (sent by the
     * versions before case tasks had their own outbox; one left in the queue is ignored), absent for a
     * desk request.
     */
    public static final String KIND_PROPERTY = "kind";

    public static final String KIND_TASK = "task";

    private Destinations() {}
}
