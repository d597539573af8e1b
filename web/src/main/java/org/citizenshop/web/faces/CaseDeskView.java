package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.application.ConsentRequest;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.Prefill;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.web.i18n.Texts;

/**
 * The clerk submits a life event for the citizen at the desk: the bundle's one form, the optional
 * steps the citizen chooses, the applicant; then the case's status board, refreshed while agencies
 * work. A refused form keeps every value typed and shows each problem at its field.
 */
@Named
@ViewScoped
public class CaseDeskView extends LifeEventForm {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceFinder finder;

    @Inject
    Cases cases;

    @Inject
    org.citizenshop.application.ProposedCases proposedCases;

    private List<CaseView> proposals = List.of();
    private boolean lookedForProposals;

    @Inject
    DeskSession desk;

    @Inject
    Feedback feedback;

    @Inject
    LocaleSelection language;

    @Inject
    org.citizenshop.application.IntegrationHealth health;

    private List<org.citizenshop.application.IntegrationHealth.AgencyState> troubled = List.of();

    private String event;
    private String reference;
    private String applicantCivilId;
    private CaseView submitted;

    @Inject
    Consents consents;

    private String documentType;
    private String documentNumber;
    private boolean documentChecked;

    private String pairingCode;
    private String legalBasis = "SELF";
    private String onBehalfOf;
    private String basisDocument;
    private ConsentView consent;

    /** Pairs the customer display that shows the typed code with this desk. */
    public String pairDisplay() {
        errors.remove("pairingCode");
        try {
            consents.pairDisplay(desk.desk(), pairingCode == null ? "" : pairingCode);
            pairingCode = null;
            feedback.info("consent.displayPaired");
        } catch (InvalidInputException invalid) {
            errors.put("pairingCode", Texts.of(invalid, language.getLocale()));
            feedback.refused(invalid);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    /** Asks the citizen (the applicant) for his consent on the display facing him. */
    public String askConsent() {
        errors.remove("applicantCivilId");
        errors.remove("onBehalfOf");
        errors.remove("basisDocument");
        try {
            consent = consents.request(new ConsentRequest(
                    desk.desk(),
                    lifeEvent.code(),
                    applicantCivilId == null ? "" : applicantCivilId,
                    legalBasis,
                    onBehalfOf,
                    basisDocument));
            forgetRegistryValues();
        } catch (InvalidInputException invalid) {
            String field = "civilIdNumber".equals(invalid.field()) ? "applicantCivilId" : invalid.field();
            errors.put(field, Texts.of(invalid, language.getLocale()));
            feedback.refused(invalid);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    /** Follows the citizen's answer while the display shows the question. */
    public void refreshConsent() {
        if (consent != null) {
            consent = consents.find(consent.id());
        }
    }

    /** Fills the form from the registries the consent covers; the values typed so far stay where none comes. */
    public String prefill() {
        try {
            Prefill prefill = consents.prefill(consent.id(), cleaned());
            if (prefill.unknown()) {
                feedback.info("consent.prefillUnknown");
            } else {
                data.putAll(prefill.values());
                prefill.values().keySet().forEach(errors::remove);
                forgetRegistryValues();
                fromRegistry.addAll(prefill.fromRegistry());
                registrySources.putAll(prefill.sources());
                locked.addAll(prefill.locked());
                if (!prefill.values().isEmpty() || prefill.fillFirst().isEmpty()) {
                    // "0 fields" next to "fill in the deceased's number first" would only confuse.
                    feedback.info("consent.prefilled", prefill.values().size());
                }
                if (!prefill.notKnown().isEmpty()) {
                    feedback.info("consent.prefillNotKnown", String.join(", ", prefill.notKnown()));
                }
            }
            // The registries that did not answer leave their fields to be typed; everything typed stays.
            if (!prefill.unavailable().isEmpty()) {
                feedback.info("consent.prefillUnavailable", String.join(", ", prefill.unavailable()));
            }
            for (String first : prefill.fillFirst()) {
                errors.put(first, Texts.text(language.getLocale(), "consent.prefillFillFirst"));
                feedback.info("consent.prefillFillFirstOf", labelOf(first, language.getLocale()));
            }
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    public boolean isDisplayPaired() {
        return desk.desk() != null && consents.hasDisplay(desk.desk());
    }

    public List<String> getDocumentTypes() {
        return List.of("CITIZEN_CARD", "PASSPORT", "RESIDENCE_PERMIT");
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public boolean isDocumentChecked() {
        return documentChecked;
    }

    public void setDocumentChecked(boolean documentChecked) {
        this.documentChecked = documentChecked;
    }

    public List<String> getLegalBases() {
        return List.of("SELF", "PARENT_OF_MINOR", "ATTORNEY", "ESTATE_ADMINISTRATOR");
    }

    public String getPairingCode() {
        return pairingCode;
    }

    public void setPairingCode(String pairingCode) {
        this.pairingCode = pairingCode;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public void setBasisDocument(String basisDocument) {
        this.basisDocument = basisDocument;
    }

    public ConsentView getConsent() {
        return consent;
    }

    /** The agencies the desk warns of: those not UP (deliveries failing, or tasks waiting long). */
    private List<org.citizenshop.application.IntegrationHealth.AgencyState> troubled() {
        return health.states().stream()
                .filter(agency -> !"UP".equals(agency.state()))
                .toList();
    }

    /** Opens the life event named by ?event=, or the case named by ?case=. */
    public void load() {
        troubled = troubled();
        try {
            if (reference != null && !reference.isBlank()) {
                submitted = cases.find(reference);
            } else if (event != null && !event.isBlank()) {
                lifeEvent = finder.lifeEvent(event);
            }
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
    }

    public String submit() {
        errors.clear();
        try {
            submitted = cases.submit(new CaseSubmission(
                    desk.shop(),
                    desk.desk(),
                    lifeEvent.code(),
                    null,
                    Set.copyOf(chosen),
                    cleaned(),
                    applicantCivilId,
                    consent == null ? null : consent.id(),
                    new CaseSubmission.Document(documentType, documentNumber, documentChecked)));
            feedback.info("case.submitted", submitted.reference());
        } catch (InvalidFormException form) {
            showAtFields(form, language.getLocale());
            feedback.refused(form);
        } catch (InvalidInputException invalid) {
            errors.put(invalid.field(), Texts.of(invalid, language.getLocale()));
            feedback.refused(invalid);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    /** Births the registry announced for the parent whose civil ID was typed (the proactive bundle). */
    public String findProposals() {
        errors.remove("applicantCivilId");
        try {
            proposals = proposedCases.proposalsFor(applicantCivilId == null ? "" : applicantCivilId);
            lookedForProposals = true;
        } catch (InvalidInputException invalid) {
            errors.put("applicantCivilId", Texts.of(invalid, language.getLocale()));
            feedback.refused(invalid);
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    /** The parent at the desk consents: the proposed bundle goes on as this shop's case. */
    public String continueProposal(String reference) {
        try {
            if (consent == null || !consent.given()) {
                feedback.info("case.proposals.consentFirst");
                return null;
            }
            submitted = proposedCases.consent(
                    reference,
                    consent.id(),
                    new CaseSubmission.Document(documentType, documentNumber, documentChecked));
            feedback.info("case.proposalContinued", submitted.reference());
        } catch (DomainException refused) {
            feedback.refused(refused);
        }
        return null;
    }

    public List<CaseView> getProposals() {
        return proposals;
    }

    public boolean isLookedForProposals() {
        return lookedForProposals;
    }

    /** Reads the case again for the status board (the poll calls it while agencies work). */
    public void refresh() {
        if (submitted != null) {
            submitted = cases.find(submitted.reference());
            troubled = troubled();
        }
    }

    public boolean isInProgress() {
        return submitted != null && "IN_PROGRESS".equals(submitted.progress());
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getApplicantCivilId() {
        return applicantCivilId;
    }

    public void setApplicantCivilId(String applicantCivilId) {
        this.applicantCivilId = applicantCivilId;
    }

    /** Agencies that do not answer or answer slowly now: their steps are queued and go when they are back. */
    public List<org.citizenshop.application.IntegrationHealth.AgencyState> getTroubled() {
        return troubled;
    }

    public CaseView getSubmitted() {
        return submitted;
    }
}
