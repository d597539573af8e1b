package org.citizenshop.integration.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskOutcomes;

/**
 * The bridge for answers that arrive on Camel's own threads (a results file), which carry no
 * caller identity: it runs as the integration role, the only one the application lets report task
 * outcomes. Only the integration layer reaches it, through {@link AsIntegration}.
 */
@Stateless
@AsIntegration
// Nothing outside the integration module injects it by its qualifier; the role is what it adds.
@PermitAll
@RunAs(Roles.INTEGRATION)
public class IntegrationTaskOutcomes implements TaskOutcomes {

    @Inject
    TaskOutcomes outcomes;

    @Override
    public void sent(String key) {
        outcomes.sent(key);
    }

    @Override
    public void acknowledged(String key, String reference) {
        outcomes.acknowledged(key, reference);
    }

    @Override
    public void completed(String key, String reference, Map<String, String> outputs, AgencyDocument document) {
        outcomes.completed(key, reference, outputs, document);
    }

    @Override
    public void rejected(String key, String code, String reason) {
        outcomes.rejected(key, code, reason);
    }

    @Override
    public void deliveryFailed(String key, String error) {
        outcomes.deliveryFailed(key, error);
    }

    @Override
    public void deferred(String key, java.time.Duration wait) {
        outcomes.deferred(key, wait);
    }

    @Override
    public void abandoned(String key, String error) {
        outcomes.abandoned(key, error);
    }

    @Override
    public void refused(String key, String error) {
        outcomes.refused(key, error);
    }
}
