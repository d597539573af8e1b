package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.CitizenCardDispatch;
import org.citizenshop.application.port.AgencyDispatch;
import org.citizenshop.domain.model.agencyrequest.RequestKey;
import org.citizenshop.domain.model.catalogue.AgencyCode;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.irn.IrnServiceRequestRoute;

/**
 * Loads a handed-off request and runs it through its agency's route; one over the agency's rate
 * limit goes back to the queue, due a moment later (not an attempt).
 */
@ApplicationScoped
public class AgencyDelivery {

    private static final Logger LOG = Logger.getLogger(AgencyDelivery.class.getName());

    @Inject
    AgencyOutcomes outcomes;

    @Inject
    CamelBootstrap camel;

    @Inject
    AgencyRateLimit limits;

    @Inject
    AgencyDispatch agencies;

    public void deliver(String agency, String key) {
        if (!"IRN".equals(agency)) {
            outcomes.deliveryFailed(key, "No integration route for agency " + agency);
            return;
        }
        CitizenCardDispatch dispatch = outcomes.citizenCardDispatch(key);
        if (dispatch.alreadyAnswered()) {
            LOG.info(() -> "Request " + key + " was already answered; redelivery ignored");
            return;
        }
        if (!limits.admits(agency)) {
            Duration wait = limits.heldBack(agency);
            agencies.handOffLater(RequestKey.of(key), AgencyCode.of(agency), wait);
            LOG.fine(() -> "Rate limit of " + agency + " reached: request " + key + " held back by " + wait);
            return;
        }
        camel.template().requestBody(IrnServiceRequestRoute.ENDPOINT, dispatch);
    }
}
