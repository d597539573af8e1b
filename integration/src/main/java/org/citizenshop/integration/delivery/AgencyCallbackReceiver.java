package org.citizenshop.integration.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.citizenshop.application.AgencyCallbacks;
import org.citizenshop.application.ProposedCases;
import org.citizenshop.application.Roles;
import org.citizenshop.application.TaskOutcomes;
import org.citizenshop.integration.cml.CmlCallback;
import org.citizenshop.integration.irn.IrnBirthEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes agencies' callbacks from the web module's webhook endpoint: checks that each is genuine,
 * reads it and reports the outcome it carries, as the integration role (the caller is an agency,
 * not a user): the municipality's results, the civil registry's events.
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

    @Inject
    ProposedCases proposals;

    @Inject
    @ConfigProperty(name = "agency.irn.events-secret")
    String irnSecret;

    public AgencyCallbackReceiver() {}

    AgencyCallbackReceiver(TaskOutcomes outcomes, String cmlSecret) {
        this(outcomes, cmlSecret, null, "");
    }

    AgencyCallbackReceiver(TaskOutcomes outcomes, String cmlSecret, ProposedCases proposals, String irnSecret) {
        this.outcomes = outcomes;
        this.cmlSecret = cmlSecret;
        this.proposals = proposals;
        this.irnSecret = irnSecret;
    }

    @Override
    public Verdict receive(String agency, String body, String signature) {
        if ("irn".equals(agency)) {
            return irnEvent(body, signature);
        }
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

    /** The civil registry's events: a birth registered elsewhere becomes a proposal for the parents. */
    private Verdict irnEvent(String body, String signature) {
        if (!WebhookSignature.genuine(body, signature, irnSecret)) {
            LOG.warning("Civil registry event refused: its signature is missing or wrong");
            return Verdict.NOT_GENUINE;
        }
        ProposedCases.BirthRegistered event;
        try {
            event = IrnBirthEvent.read(body);
        } catch (IrnBirthEvent.UnreadableException e) {
            LOG.warning(() -> "Civil registry event refused as unreadable: " + e.getMessage());
            return Verdict.UNREADABLE;
        }
        proposals.birthRegistered(event);
        LOG.info(() -> "Civil registry event " + event.eventId() + " recorded: birth " + event.agencyReference());
        return Verdict.ACCEPTED;
    }

    /** The agency as given in the URL, safe to write into a log line. */
    private static String printable(String agency) {
        String name = agency == null ? "" : agency.replaceAll("[^A-Za-z0-9._-]", "?");
        return name.length() <= 20 ? name : name.substring(0, 20) + "…";
    }
}
