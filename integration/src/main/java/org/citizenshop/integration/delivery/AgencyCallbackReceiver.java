package org.citizenshop.integration.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.citizenshop.application.AgencyCallbacks;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.integration.cml.CmlCallback;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes agencies' callbacks from the web module's webhook endpoint: checks that each is genuine,
 * reads it and reports the outcome it carries, as the integration role (the caller is an agency,
 * not a user). Only the municipality calls back today.
 */
@Stateless
// Anyone may knock; the signature, not a role, says who is calling.
@PermitAll
@RunAs(Roles.INTEGRATION)
public class AgencyCallbackReceiver implements AgencyCallbacks {

    private static final Logger LOG = Logger.getLogger(AgencyCallbackReceiver.class.getName());

    @Inject
    TaskOutcomes outcomes;

    @Inject
    @ConfigProperty(name = "agency.cml.webhook-secret")
    String cmlSecret;

    public AgencyCallbackReceiver() {}

    AgencyCallbackReceiver(TaskOutcomes outcomes, String cmlSecret) {
        this.outcomes = outcomes;
        this.cmlSecret = cmlSecret;
    }

    @Override
    public Verdict receive(String agency, String body, String signature) {
        if (!"cml".equals(agency)) {
            LOG.warning(() -> "Callback refused: no agency " + printable(agency) + " calls back");
            return Verdict.NOT_GENUINE;
        }
        if (!CmlCallback.genuine(body, signature, cmlSecret)) {
            LOG.warning("Municipality callback refused: its signature is missing or wrong");
            return Verdict.NOT_GENUINE;
        }
        TaskAnswer answer;
        try {
            answer = CmlCallback.read(body);
        } catch (CmlCallback.UnreadableException e) {
            LOG.warning(() -> "Municipality callback refused as unreadable: " + e.getMessage());
            return Verdict.UNREADABLE;
        }
        answer.reportTo(outcomes);
        return Verdict.ACCEPTED;
    }

    /** The agency as given in the URL, safe to write into a log line. */
    private static String printable(String agency) {
        String name = agency == null ? "" : agency.replaceAll("[^A-Za-z0-9._-]", "?");
        return name.length() <= 20 ? name : name.substring(0, 20) + "…";
    }
}
