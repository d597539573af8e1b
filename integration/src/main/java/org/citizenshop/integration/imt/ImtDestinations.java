package org.citizenshop.integration.imt;

/**
 * Where the driving authority's broker is reached, as the server configuration names it
 * (wildfly-config/src/main/cli/06-imt.cli): the pooled connection factory, which is also the resource
 * adapter of the replies' listener, and the agency's two queues.
 */
public final class ImtDestinations {

    /** The pooled connection factory's name: the resource adapter the replies' listener uses. */
    public static final String RESOURCE_ADAPTER = "imt-ra";

    /** Transactional (XA): a message sent with it goes out when the caller's transaction commits. */
    public static final String CONNECTION_FACTORY = "java:/jms/imt/ConnectionFactory";

    /** The agency's queue {@code imt.requests}. */
    public static final String REQUESTS = "java:/jms/imt/Requests";

    /** The agency's queue {@code imt.replies}, the requests' {@code JMSReplyTo}. */
    public static final String REPLIES = "java:/jms/imt/Replies";

    private ImtDestinations() {}
}
