package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.ProposedCases;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.DueTasks;
import org.citizenshop.application.port.Notification;
import org.citizenshop.application.port.Notifications;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.cases.CaseReference;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.PresentedDocument;
import org.citizenshop.domain.model.cases.SlaClock;
import org.citizenshop.domain.model.cases.TrackingCode;
import org.citizenshop.domain.model.catalogue.BundleDesign;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.citizen.MobileNumber;
import org.citizenshop.domain.model.privacy.ActorRole;
import org.citizenshop.domain.model.privacy.Consent;
import org.citizenshop.domain.model.privacy.ConsentChannel;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.PersonalData;
import org.citizenshop.domain.model.privacy.PrivacyRepository;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@RolesAllowed(Roles.CLERK)
public class ProposedCaseService implements ProposedCases {

    static final String BIRTH = "BIRTH";
    static final String REGISTRATION = "IRN-BIRTH";

    @Inject
    PrivacyRepository privacy;

    @Inject
    CaseRepository cases;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    ShopRepository shops;

    @Inject
    DeskRepository desks;

    @Inject
    TicketRepository tickets;

    @Inject
    DueTasks dueTasks;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    DataTrail trail;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Roles.INTEGRATION)
    public void birthRegistered(BirthRegistered event) {
        if (cases.hasEvent(event.eventId())) {
            return;
        }
        CivilIdNumber mother = CivilIdNumber.of(event.motherCivilId());
        CivilIdNumber father = blank(event.fatherCivilId()) ? null : CivilIdNumber.of(event.fatherCivilId());
        LifeEvent birth = catalogue
                .findLifeEvent(BIRTH)
                .orElseThrow(() -> new IllegalStateException("the catalogue lacks the life event " + BIRTH));
        Map<String, String> data = new LinkedHashMap<>();
        data.put("child.givenNames", event.givenNames());
        data.put("child.surnames", event.surnames());
        data.put("child.birthDate", event.birthDate());
        data.put("child.birthTime", event.birthTime());
        data.put("child.birthPlace", event.birthPlace());
        data.put("child.sex", event.sex());
        data.put("mother.civilId", mother.value());
        data.put("father.civilId", father == null ? null : father.value());
        data.put("parents.maritalStatus", event.parentsMaritalStatus());
        data.put("address", event.address());
        BundleDesign design = birth.design();
        LifeEvent.Plan plan = birth.plan(design.stepsFor(Set.of(), data));
        Instant now = clock.instant();
        int year = now.atZone(SlaClock.AGENCIES_ZONE).getYear();
        CitizenCase proposal = CitizenCase.proposed(
                CaseReference.of(year, cases.nextNumber(year)),
                TrackingCode.generate(),
                birth,
                CaseData.of(data),
                plan.services(),
                plan.dependsOn(),
                REGISTRATION,
                event.agencyReference(),
                CaseData.of(
                        Map.of("child.civilId", event.childCivilId(), "birth.recordNumber", event.birthRecordNumber())),
                mother,
                father,
                event.eventId(),
                "IRN",
                now);
        cases.add(proposal);
        List<String> parents = father == null ? List.of(mother.value()) : List.of(mother.value(), father.value());
        trail.record(
                parents,
                "IRN",
                ActorRole.AGENCY,
                DataAction.CHANGE,
                EnumSet.of(PersonalData.CASE),
                DataAccess.Purpose.CASE_PROPOSED,
                proposal.reference().value());
        int told = tell(proposal, mother, "mother", event.motherMobile())
                + tell(proposal, father, "father", event.fatherMobile());
        audit.record(
                Roles.INTEGRATION,
                "case.proposed",
                proposal.reference().value(),
                "event=" + event.eventId() + " birth registered " + event.agencyReference() + " parentsTold=" + told);
    }

    /**
     * Tells a parent of the proposal by SMS, when the maternity took his mobile number (queued in this
     * transaction: sent only if the proposal commits). The text names no one: only that a birth's
     * bundle waits for his consent at a shop, with the case's reference. A number that is not a
     * Portuguese mobile number is not used. Returns 1 when told.
     */
    private int tell(CitizenCase proposal, CivilIdNumber parent, String role, String mobile) {
        if (parent == null || blank(mobile)) {
            return 0;
        }
        MobileNumber number;
        try {
            number = MobileNumber.of(mobile);
        } catch (InvalidInputException notAMobile) {
            audit.record(
                    Roles.INTEGRATION,
                    "case.proposalNotTold",
                    proposal.reference().value(),
                    "not a mobile number");
            return 0;
        }
        String reference = proposal.reference().value();
        notifications.send(Notification.notice(
                // The gateway's key names the case and the parent's role, never his civil ID number.
                "proposal-" + reference + "-" + role,
                number.value(),
                "Loja do Cidadão: o nascimento foi registado. O NIF, a Segurança Social e o médico de família"
                        + " da criança podem ser tratados de uma vez, com o seu consentimento, em qualquer Loja do"
                        + " Cidadão: leve o seu Cartão de Cidadão e a referência " + reference + "."));
        trail.record(
                List.of(parent.value()),
                "system",
                ActorRole.SYSTEM,
                DataAction.SHARE,
                EnumSet.of(PersonalData.CONTACT),
                DataAccess.Purpose.CASE_PROPOSED,
                reference);
        return 1;
    }

    @Override
    public List<CaseView> proposalsFor(String civilId) {
        CivilIdNumber citizen = CivilIdNumber.of(civilId.strip());
        Instant now = clock.instant();
        List<CaseView> found = cases.proposedTo(citizen.value()).stream()
                .map(proposal -> CaseViews.of(proposal, now))
                .toList();
        audit.record(
                caller(), "case.proposalsRead", "citizen ***" + citizen.value().substring(5), found.size() + " found");
        return found;
    }

    @Override
    public CaseView consent(String reference, String consentId, CaseSubmission.Document document) {
        Consent given = privacy.consent(consentId.strip())
                .orElseThrow(() -> new NotFoundException("consent.unknown", "No consent " + consentId, consentId));
        if (given.channel() != ConsentChannel.CUSTOMER_DISPLAY
                || given.deskCode().isEmpty()) {
            throw new ConflictException("consent.otherDesk", "The consent was not given at a desk", "");
        }
        given.requireCovers(given.subjectCivilId(), BIRTH);
        if (!cases.underConsent(given.id()).isEmpty()) {
            throw new ConflictException("consent.used", "This consent was used for a case already");
        }
        CivilIdNumber citizen = CivilIdNumber.of(given.subjectCivilId());
        String deskCode = given.deskCode().get();
        CitizenCase proposal = cases.find(CaseReference.of(reference))
                .orElseThrow(() -> new NotFoundException("case.unknown", "No case " + reference, reference));
        if (!proposal.proposedTo(citizen)) {
            audit.record(caller(), "case.consentRefused", reference, "not a citizen it is for");
            throw new NotPermittedException(
                    "case.notForThisCitizen", "Case " + reference + " is not for this citizen", reference);
        }
        Desk desk = desks.find(DeskCode.of(deskCode))
                .orElseThrow(() -> new NotFoundException("desk.unknown", "No desk " + deskCode, deskCode));
        desk.requireOperatedBy(caller());
        PresentedDocument shown = PresentedDocuments.checked(document, citizen);
        Shop shop = desk.shop();
        Ticket visit = tickets.atDesk(desk).orElse(null);
        Instant now = clock.instant();
        List<CaseTask> handedOff = proposal.consent(shop, visit, caller(), now);
        proposal.submittedUnder(given.id());
        proposal.identifiedBy(shown, caller(), now);
        if (!handedOff.isEmpty()) {
            dueTasks.becameDue();
        }
        audit.record(
                caller(),
                "case.consentGiven",
                reference,
                "by a citizen it is for, at " + shop.code().value());
        return CaseViews.of(proposal, now);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
