package org.citizenshop.integration.imt;

/** The driving authority's request queue, as the route sees it. */
public interface ImtRequestQueue {

    /**
     * Puts the request on the agency's queue, with the replies' queue as {@code JMSReplyTo}, in the
     * caller's transaction: it reaches the agency only if that transaction commits.
     *
     * @throws org.citizenshop.integration.delivery.TransientAgencyException when the broker cannot be
     *     reached (or refuses the message); a later attempt may succeed
     */
    void put(ImtRequest request);
}
