package org.citizenshop.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.citizenshop.application.AgencyOutcomes;
import org.citizenshop.application.CitizenCardDispatch;
import org.citizenshop.integration.camel.CamelBootstrap;
import org.citizenshop.integration.irn.IrnServiceRequestRoute;

/** Loads a handed-off request and runs it through its agency's route. */
@ApplicationScoped
public class AgencyDelivery {

    private static final Logger LOG = Logger.getLogger(AgencyDelivery.class.getName());

    @Inject
    AgencyOutcomes outcomes;

    @Inject
    CamelBootstrap camel;

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
        camel.template().requestBody(IrnServiceRequestRoute.ENDPOINT, dispatch);
    }
}
