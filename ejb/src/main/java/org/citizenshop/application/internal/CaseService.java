package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.application.CaseSubmission;
import org.citizenshop.application.CaseView;
import org.citizenshop.application.Cases;
import org.citizenshop.application.Roles;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.CitizenIdentity;
import org.citizenshop.application.port.DueTasks;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidFormException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.cases.CaseChannel;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.cases.CaseReference;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.cases.PresentedDocument;
import org.citizenshop.domain.model.cases.SlaClock;
import org.citizenshop.domain.model.cases.TrackingCode;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.FieldValue;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceField;
import org.citizenshop.domain.model.catalogue.ServiceTerms;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
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
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;

@Stateless
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
public class CaseService implements Cases {

    @Inject
    CaseRepository cases;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    ServiceFinder finder;

    @Inject
    ShopRepository shops;

    @Inject
    DeskRepository desks;

    @Inject
    StaffShops staff;

    @Inject
    TicketRepository tickets;

    @Inject
    DueTasks dueTasks;

    @Inject
    AuditTrail audit;

    @Inject
    PrivacyRepository privacy;

    @Inject
    CitizenIdentity citizens;

    @Inject
    DataTrail trail;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Roles.CLERK, Roles.KIOSK, Roles.CITIZEN})
    public CaseView submit(CaseSubmission submission) {
        String caller = session.getCallerPrincipal().getName();
        CaseChannel channel = session.isCallerInRole(Roles.CLERK) ? CaseChannel.DESK : CaseChannel.KIOSK;
        Optional<String> citizen = channel == CaseChannel.KIOSK ? citizens.civilIdOfCaller() : Optional.empty();
        Shop shop = shops.find(ShopCode.of(submission.shop()))
                .orElseThrow(
                        () -> new NotFoundException("shop.unknown", "No shop " + submission.shop(), submission.shop()));
        Ticket visit = null;
        if (channel == CaseChannel.DESK) {
            staff.requireAt(caller, shop, shop.code().value());
        }
        if (channel == CaseChannel.DESK
                && submission.desk() != null
                && !submission.desk().isBlank()) {
            Desk desk = desk(submission.desk());
            desk.requireOperatedBy(caller);
            if (!desk.shop().code().equals(shop.code())) {
                throw new InvalidInputException(
                        "desk",
                        "case.deskOfOtherShop",
                        "Desk " + submission.desk() + " is not at this shop",
                        submission.desk());
            }
            visit = tickets.atDesk(desk).orElse(null);
        }
        CivilIdNumber applicant = citizen.isPresent()
                ? CivilIdNumber.of(citizen.get())
                : blank(submission.applicantCivilId())
                        ? null
                        : CivilIdNumber.of(submission.applicantCivilId().strip());
        Plan plan = plan(submission, channel, citizen.isPresent());
        Consent consent = null;
        if (plan.lifeEvent() != null) {
            consent = consentFor(submission, channel, citizen, plan.lifeEvent());
            if (applicant == null) {
                applicant = CivilIdNumber.of(consent.subjectCivilId());
            }
            consent.requireCovers(applicant.value(), plan.lifeEvent().code());
            LockedFields.requireAsPrefilled(consent.prefilled(), plan.steps(), submission.data());
        }
        PresentedDocument document = channel == CaseChannel.DESK ? presented(submission, plan, applicant) : null;
        Instant now = clock.instant();
        int year = now.atZone(SlaClock.AGENCIES_ZONE).getYear();
        CitizenCase opened = new CitizenCase(
                CaseReference.of(year, cases.nextNumber(year)),
                TrackingCode.generate(),
                plan.lifeEvent(),
                null,
                shop,
                visit,
                channel,
                applicant,
                CaseData.of(submission.data()),
                plan.steps(),
                plan.dependsOn(),
                caller,
                now);
        if (consent != null) {
            opened.submittedUnder(consent.id());
        }
        if (document != null) {
            opened.identifiedBy(document, caller, now);
        } else if (citizen.isPresent()) {
            opened.identifiedByLogin(caller, now);
        }
        // Marked handed off before they are stored: their rows are inserted so, not inserted and then updated.
        List<CaseTask> ready = opened.handOffReady(now);
        cases.add(opened);
        trail.record(
                DataTrail.subjectsOf(opened),
                caller,
                DataTrail.roleOf(session),
                DataAction.CHANGE,
                EnumSet.of(PersonalData.CASE),
                DataAccess.Purpose.CASE_SUBMITTED,
                opened.reference().value());
        if (!ready.isEmpty()) {
            dueTasks.becameDue();
        }
        audit.record(
                caller,
                "case.submitted",
                opened.reference().value(),
                "channel=" + channel + " steps="
                        + String.join(
                                ",",
                                plan.steps().stream().map(s -> s.code().value()).toList())
                        + (consent == null ? "" : " consent=" + consent.publicId()));
        return withConsent(CaseViews.of(opened, now), opened);
    }

    /**
     * The document the applicant showed at the desk, checked: required when a step needs the citizen
     * identified by a presented document (and recorded when given otherwise); every problem at once.
     */
    private static PresentedDocument presented(CaseSubmission submission, Plan plan, CivilIdNumber applicant) {
        boolean needed = plan.steps().stream()
                .anyMatch(step ->
                        step.terms().minimumIdentification() == ServiceTerms.IdentificationLevel.PRESENTED_DOCUMENT);
        CaseSubmission.Document typed = submission.document();
        boolean given = typed != null && !(blank(typed.type()) && blank(typed.number()));
        if (!needed && !given) {
            return null;
        }
        return PresentedDocuments.checked(typed, applicant);
    }

    /**
     * The consent a life event is submitted under: at a desk, one the citizen gave on the display of
     * this desk; at a kiosk, one the logged-in citizen gave himself. A kiosk without a logged-in
     * citizen cannot submit a life event.
     */
    private Consent consentFor(
            CaseSubmission submission, CaseChannel channel, Optional<String> citizen, LifeEvent event) {
        if (blank(submission.consent())) {
            throw new InvalidFormException(List.of(new InvalidFormException.Refusal(
                    "consent",
                    "consent.required",
                    List.of(event.name().pt(), event.name().en()))));
        }
        Consent consent = privacy.consent(submission.consent().strip())
                .orElseThrow(() -> new NotFoundException(
                        "consent.unknown", "No consent " + submission.consent(), submission.consent()));
        if (channel == CaseChannel.DESK) {
            if (consent.channel() != ConsentChannel.CUSTOMER_DISPLAY
                    || !consent.deskCode()
                            .equals(Optional.ofNullable(submission.desk()).map(String::strip))) {
                throw new ConflictException(
                        "consent.otherDesk", "The consent was not given at this desk", submission.desk());
            }
        } else if (citizen.isEmpty() || !consent.subjectCivilId().equals(citizen.get())) {
            throw new NotPermittedException(
                    "consent.loginNeeded", "A life event at a kiosk needs the citizen logged in, and his own consent");
        }
        consent.requireGiven();
        requireUnused(consent);
        return consent;
    }

    /** A consent covers the one case the citizen was asked about: another case asks again. */
    private void requireUnused(Consent consent) {
        if (!cases.underConsent(consent.id()).isEmpty()) {
            throw new ConflictException("consent.used", "This consent was used for a case already");
        }
    }

    private CaseView withConsent(CaseView view, CitizenCase citizenCase) {
        return citizenCase
                .consentId()
                .flatMap(privacy::consent)
                .map(consent -> view.withConsent(ConsentViews.of(consent, catalogue, clock.instant())
                        .forSteps(view.tasks().stream()
                                .map(CaseView.TaskView::service)
                                .toList())))
                .orElse(view);
    }

    @Override
    public CaseView find(String reference) {
        CitizenCase found = cases.find(CaseReference.of(reference))
                .orElseThrow(() -> new NotFoundException("case.unknown", "No case " + reference, reference));
        Set<String> subjects = DataTrail.subjectsOf(found);
        int looks = trail.record(
                subjects,
                session.getCallerPrincipal().getName(),
                DataTrail.roleOf(session),
                DataAction.READ,
                EnumSet.of(PersonalData.CASE),
                DataAccess.Purpose.CASE_READ,
                found.reference().value());
        // A board that refreshes itself while agencies work (every two seconds at the desk) is one look: the audit
        // line is written when the data tracker's entry is, not at every refresh.
        if (looks > 0 || subjects.isEmpty()) {
            audit.record(
                    session.getCallerPrincipal().getName(),
                    "case.read",
                    found.reference().value(),
                    "status board");
        }
        return withConsent(CaseViews.of(found, cases.proofsOf(found), clock.instant()), found);
    }

    @Override
    @PermitAll
    public CaseView track(String reference, String trackingCode) {
        return board(reference, trackingCode).withoutPersonalData();
    }

    @Override
    @PermitAll
    public CaseView receipt(String reference, String trackingCode) {
        return board(reference, trackingCode).forReceipt();
    }

    /** The whole board of the case with this reference and tracking code, for a public view of it. */
    private CaseView board(String reference, String trackingCode) {
        NotFoundException unknown =
                new NotFoundException("case.unknownOrWrongCode", "No case with this reference and code", reference);
        CaseReference wanted;
        try {
            wanted = CaseReference.of(reference);
        } catch (InvalidInputException notAReference) {
            throw unknown;
        }
        CitizenCase found = cases.find(wanted).orElseThrow(() -> unknown);
        if (!found.trackingCode().matches(trackingCode)) {
            throw unknown;
        }
        return withConsent(CaseViews.of(found, cases.proofsOf(found), clock.instant()), found);
    }

    @Override
    @RolesAllowed(Roles.CLERK)
    public List<CaseView> ofCurrentVisit(String deskCode) {
        Instant now = clock.instant();
        Desk desk = desk(deskCode);
        staff.requireAt(
                session.getCallerPrincipal().getName(), desk.shop(), desk.code().value());
        return tickets.atDesk(desk)
                .map(ticket -> cases.ofTicket(ticket.id()).stream()
                        .map(found -> CaseViews.of(found, cases.proofsOf(found), now))
                        .toList())
                .orElse(List.of());
    }

    private record Plan(LifeEvent lifeEvent, List<PublicService> steps, Map<String, Set<String>> dependsOn) {}

    /** The steps the submission asks for, in dependency order, after checking the whole form. */
    private Plan plan(CaseSubmission submission, CaseChannel channel, boolean citizenLoggedIn) {
        boolean byEvent = !blank(submission.lifeEvent());
        if (byEvent == !blank(submission.service())) {
            throw new InvalidInputException(
                    "lifeEvent", "case.eventOrService", "Name a life event or a service, not both and not neither");
        }
        Plan plan = byEvent ? eventPlan(submission) : servicePlan(submission);
        for (PublicService step : plan.steps()) {
            if (!step.active()) {
                throw new ConflictException(
                        "case.serviceNotOffered",
                        "Service " + step.code() + " is not offered",
                        step.code().value());
            }
            if (channel == CaseChannel.KIOSK
                    && (!step.channels().atKiosk()
                            || step.terms().minimumIdentification()
                                    == ServiceTerms.IdentificationLevel.PRESENTED_DOCUMENT)) {
                throw new ConflictException(
                        "case.deskOnly",
                        "Service " + step.code() + " is done at a desk, where the citizen shows a document",
                        step.name().pt(),
                        step.name().en());
            }
            if (channel == CaseChannel.KIOSK && !citizenLoggedIn) {
                // Every kiosk service needs at least an authenticated citizen (Chave Móvel Digital).
                throw new NotPermittedException(
                        "case.loginNeeded",
                        "Service " + step.code() + " needs the citizen logged in with password and one-time code",
                        step.name().pt(),
                        step.name().en());
            }
        }
        return plan;
    }

    private Plan eventPlan(CaseSubmission submission) {
        ServiceFinder.FormCheck check =
                finder.checkForm(submission.lifeEvent(), submission.chosen(), submission.data());
        if (!check.problems().isEmpty()) {
            throw new InvalidFormException(check.problems().stream()
                    .map(problem -> new InvalidFormException.Refusal(
                            problem.field(), problem.messageKey(), problem.arguments()))
                    .toList());
        }
        LifeEvent event = catalogue
                .findLifeEvent(submission.lifeEvent())
                .orElseThrow(() -> new NotFoundException(
                        "lifeEvent.unknown", "No life event " + submission.lifeEvent(), submission.lifeEvent()));
        LifeEvent.Plan steps = event.plan(check.steps());
        return new Plan(event, steps.services(), steps.dependsOn());
    }

    private Plan servicePlan(CaseSubmission submission) {
        PublicService service = catalogue
                .findService(ServiceCode.of(submission.service()))
                .orElseThrow(() -> new NotFoundException(
                        "service.unknown", "No service " + submission.service(), submission.service()));
        List<InvalidFormException.Refusal> refusals = new ArrayList<>();
        for (ServiceField field : service.fields()) {
            try {
                FieldValue.check(
                        field.key(),
                        field.type(),
                        field.required(),
                        field.choices(),
                        submission.data().get(field.key()));
            } catch (InvalidInputException refused) {
                refusals.add(
                        new InvalidFormException.Refusal(refused.field(), refused.messageKey(), refused.arguments()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFormException(refusals);
        }
        return new Plan(null, List.of(service), Map.of());
    }

    private Desk desk(String deskCode) {
        return desks.find(DeskCode.of(deskCode))
                .orElseThrow(() -> new NotFoundException("desk.unknown", "No desk " + deskCode, deskCode));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
