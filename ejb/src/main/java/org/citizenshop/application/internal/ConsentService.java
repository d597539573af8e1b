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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.application.ConsentRequest;
import org.citizenshop.application.ConsentView;
import org.citizenshop.application.Consents;
import org.citizenshop.application.Correlation;
import org.citizenshop.application.DisplayScreen;
import org.citizenshop.application.Prefill;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.application.port.CitizenIdentity;
import org.citizenshop.application.port.CivilRegistry;
import org.citizenshop.application.port.HealthRegistry;
import org.citizenshop.application.port.SocialSecurityRegistry;
import org.citizenshop.application.port.TaxRegistry;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.NotPermittedException;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.cases.CaseRepository;
import org.citizenshop.domain.model.cases.CaseTask;
import org.citizenshop.domain.model.cases.CitizenCase;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.LifeEvent;
import org.citizenshop.domain.model.catalogue.LifeEventStep;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceField;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.privacy.ActorRole;
import org.citizenshop.domain.model.privacy.Consent;
import org.citizenshop.domain.model.privacy.ConsentItem;
import org.citizenshop.domain.model.privacy.ConsentItems;
import org.citizenshop.domain.model.privacy.CustomerDisplay;
import org.citizenshop.domain.model.privacy.DataAccess;
import org.citizenshop.domain.model.privacy.DataAction;
import org.citizenshop.domain.model.privacy.LegalBasis;
import org.citizenshop.domain.model.privacy.PersonalData;
import org.citizenshop.domain.model.privacy.PrivacyRepository;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;

@Stateless
public class ConsentService implements Consents {

    private static final LocalizedText PREFILL_PURPOSE = new LocalizedText(
            "Preencher o formulário com os dados que o registo já tem (só leitura)",
            "Fill in the form with the data the registry already holds (read only)");

    @Inject
    StaffShops staff;

    @Inject
    PrivacyRepository privacy;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    DeskRepository desks;

    @Inject
    CaseRepository cases;

    @Inject
    CivilRegistry registry;

    @Inject
    TaxRegistry taxRegistry;

    @Inject
    SocialSecurityRegistry socialSecurity;

    @Inject
    HealthRegistry healthRegistry;

    @Inject
    CitizenIdentity citizens;

    @Inject
    DataTrail trail;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Roles.CLERK, Roles.CITIZEN})
    public List<ConsentView.Item> itemsFor(String lifeEvent) {
        return ConsentViews.items(itemsOf(lifeEvent(lifeEvent)));
    }

    @Override
    @RolesAllowed(Roles.CLERK)
    public ConsentView request(ConsentRequest request) {
        String clerk = caller();
        Desk desk = desk(request.desk());
        desk.requireOperatedBy(clerk);
        LifeEvent event = lifeEvent(request.lifeEvent());
        CivilIdNumber subject = CivilIdNumber.of(request.civilId().strip());
        Consent.Proxy proxy =
                new Consent.Proxy(basis(request.legalBasis()), request.onBehalfOf(), request.basisDocument());
        // A question left on the display (the citizen went away) is not shown to the next one.
        privacy.openAt(desk.code().value()).ifPresent(Consent::expire);
        Consent consent = Consent.askedAtDesk(
                subject,
                event.code(),
                itemsOf(event),
                desk.shop().code().value(),
                desk.code().value(),
                clerk,
                clock.instant(),
                proxy);
        privacy.add(consent);
        audit.record(
                clerk,
                "consent.requested",
                consent.publicId(),
                "desk=" + desk.code().value() + " lifeEvent=" + event.code() + " basis=" + proxy.basis());
        return view(consent);
    }

    @Override
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.CITIZEN})
    public ConsentView find(String id) {
        Consent consent = consent(id);
        requireStaffOrOwner(consent);
        return view(consent);
    }

    @Override
    @RolesAllowed(Roles.CITIZEN)
    public List<ConsentView> mine() {
        return privacy.consentsOf(citizen()).stream().map(this::view).toList();
    }

    @Override
    @RolesAllowed(Roles.CITIZEN)
    public ConsentView giveAtKiosk(String lifeEvent, String shop) {
        String civilId = citizen();
        LifeEvent event = lifeEvent(lifeEvent);
        Consent consent = Consent.givenAtKiosk(
                CivilIdNumber.of(civilId), event.code(), itemsOf(event), shop, caller(), clock.instant(), null);
        privacy.add(consent);
        trail.record(
                List.of(civilId),
                caller(),
                ActorRole.CITIZEN,
                DataAction.CHANGE,
                EnumSet.of(PersonalData.CONSENT),
                DataAccess.Purpose.CONSENT,
                null);
        audit.record(caller(), "consent.given", consent.publicId(), "channel=KIOSK lifeEvent=" + event.code());
        return view(consent);
    }

    @Override
    @RolesAllowed({Roles.CITIZEN, Roles.CLERK})
    public ConsentView withdraw(String id) {
        Consent consent = consent(id);
        requireStaffOrOwner(consent);
        Instant now = clock.instant();
        consent.withdraw(caller(), now);
        List<String> stopped = new ArrayList<>();
        for (CitizenCase citizenCase : cases.underConsent(consent.id())) {
            for (CaseTask task : citizenCase.consentWithdrawn(now)) {
                stopped.add(task.key().value());
            }
        }
        trail.record(
                List.of(consent.subjectCivilId()),
                caller(),
                DataTrail.roleOf(session),
                DataAction.CHANGE,
                EnumSet.of(PersonalData.CONSENT),
                DataAccess.Purpose.CONSENT,
                null);
        audit.record(caller(), "consent.withdrawn", consent.publicId(), "stoppedTasks=" + String.join(",", stopped));
        return view(consent);
    }

    @Override
    @RolesAllowed({Roles.CLERK, Roles.CITIZEN})
    public Prefill prefill(String id, Map<String, String> typed) {
        Consent consent = consent(id);
        requireStaffOrOwner(consent);
        consent.requireGiven();
        LifeEvent event = lifeEvent(consent.lifeEventCode().orElseThrow());
        List<ServiceField> fields = fieldsOf(event);
        if (fields.stream().filter(RegistryPrefill::readable).noneMatch(field -> consent.items()
                .allowLookupAt(field.prefillFrom().get()))) {
            throw new NotPermittedException("consent.noLookup", "The consent does not cover a lookup in a registry");
        }
        String subject = consent.subjectCivilId();
        RegistryPrefill.Result read = new RegistryPrefill(registry, taxRegistry, socialSecurity, healthRegistry)
                .read(
                        fields,
                        consent.items()::allowLookupAt,
                        subject,
                        typed == null ? Map.of() : typed,
                        "prefill " + event.code(),
                        Correlation.current());
        read.lookedUp()
                .forEach((civilId, data) -> trail.record(
                        List.of(civilId),
                        caller(),
                        DataTrail.roleOf(session),
                        DataAction.LOOKUP,
                        data.isEmpty() ? EnumSet.of(PersonalData.IDENTITY) : EnumSet.copyOf(data),
                        DataAccess.Purpose.PREFILL,
                        null));
        if (read.partnerNamed() != null && !read.lookedUp().containsKey(read.partnerNamed())) {
            trail.record(
                    List.of(read.partnerNamed()),
                    caller(),
                    DataTrail.roleOf(session),
                    DataAction.LOOKUP,
                    EnumSet.of(PersonalData.IDENTITY),
                    DataAccess.Purpose.PREFILL,
                    null);
        }
        // The latest prefill is what the case's locked fields are checked against: an earlier one may
        // have been about another person.
        consent.recordPrefill(CaseData.of(read.values()));
        audit.record(
                caller(),
                "registry.lookup",
                consent.publicId(),
                "people=" + read.lookedUp().size() + " fields="
                        + String.join(",", read.values().keySet())
                        + (read.unavailable().isEmpty() ? "" : " unavailable=" + String.join(",", read.unavailable()))
                        + (read.notKnown().isEmpty() ? "" : " unknown=" + String.join(",", read.notKnown()))
                        + (read.fillFirst().isEmpty() ? "" : " fillFirst=" + String.join(",", read.fillFirst())));
        boolean unknown = read.values().isEmpty()
                && !read.notKnown().isEmpty()
                && read.unavailable().isEmpty();
        return new Prefill(
                read.values(),
                read.values().keySet(),
                unknown,
                read.sources(),
                read.locked(),
                read.unavailable(),
                read.notKnown(),
                read.fillFirst());
    }

    @Override
    @PermitAll
    public DisplayRegistration registerDisplay() {
        CustomerDisplay.Registered registered = CustomerDisplay.register(clock.instant());
        privacy.add(registered.display());
        return new DisplayRegistration(
                registered.token(), registered.display().pairingCode().orElseThrow());
    }

    @Override
    @PermitAll
    public DisplayScreen screen(String displayToken) {
        CustomerDisplay display = display(displayToken);
        Optional<Desk> desk = display.desk();
        if (desk.isEmpty()) {
            return new DisplayScreen(display.pairingCode().orElse(null), null, null);
        }
        String deskCode = desk.get().code().value();
        return new DisplayScreen(
                null,
                deskCode,
                privacy.openAt(deskCode)
                        .filter(consent -> consent.awaitsAnswer(clock.instant()))
                        .map(this::view)
                        .map(ConsentService::masked)
                        .orElse(null));
    }

    @Override
    @PermitAll
    public ConsentView answer(String displayToken, String id, boolean given) {
        CustomerDisplay display = display(displayToken);
        Consent consent = consent(id);
        String deskCode = display.desk().map(desk -> desk.code().value()).orElse(null);
        if (deskCode == null || !consent.deskCode().filter(deskCode::equals).isPresent()) {
            throw new NotPermittedException("display.notItsDesk", "This consent was not asked at this display's desk");
        }
        consent.answer(given, clock.instant());
        trail.record(
                List.of(consent.subjectCivilId()),
                "customer-display " + deskCode,
                ActorRole.CITIZEN,
                DataAction.CHANGE,
                EnumSet.of(PersonalData.CONSENT),
                DataAccess.Purpose.CONSENT,
                null);
        audit.record(
                "customer-display " + deskCode,
                given ? "consent.given" : "consent.refused",
                consent.publicId(),
                "channel=CUSTOMER_DISPLAY");
        return masked(view(consent));
    }

    @Override
    @RolesAllowed(Roles.CLERK)
    public void pairDisplay(String deskCode, String pairingCode) {
        Desk desk = desk(deskCode);
        desk.requireOperatedBy(caller());
        CustomerDisplay display = privacy.displayByPairingCode(pairingCode.strip())
                .orElseThrow(() -> new InvalidInputException(
                        "pairingCode", "display.unknownCode", "No display shows this code", pairingCode.strip()));
        privacy.displayAt(desk).filter(paired -> !paired.equals(display)).ifPresent(paired -> {
            paired.unpair();
            privacy.flushDisplays();
        });
        display.pairWith(desk, caller(), clock.instant());
        audit.record(caller(), "display.paired", desk.code().value(), "display=" + display.id());
    }

    @Override
    @RolesAllowed(Roles.CLERK)
    public boolean hasDisplay(String deskCode) {
        Desk desk = desk(deskCode);
        staff.requireAt(caller(), desk.shop(), desk.code().value());
        return privacy.displayAt(desk).isPresent();
    }

    /** The lines of a life event's consent: the registries its form reads, then each step's agency and data. */
    private static ConsentItems itemsOf(LifeEvent event) {
        List<ConsentItem> items = new ArrayList<>();
        Map<String, List<LocalizedText>> lookups = new LinkedHashMap<>();
        Map<String, LocalizedText> agencyNames = new LinkedHashMap<>();
        Set<String> asked = new LinkedHashSet<>();
        for (LifeEventStep step : event.steps()) {
            PublicService service = step.service();
            agencyNames.put(service.agency().code().value(), service.agency().name());
            for (ServiceField field : service.fields()) {
                // Only the registries the shop reads: asking consent for a lookup that never happens
                // would ask for more than is needed.
                if (RegistryPrefill.readable(field) && asked.add(field.key())) {
                    lookups.computeIfAbsent(field.prefillFrom().get(), agency -> new ArrayList<>())
                            .add(field.label());
                }
            }
        }
        Map<String, List<LocalizedText>> ordered = new LinkedHashMap<>();
        RegistryPrefill.READABLE.stream()
                .filter(lookups::containsKey)
                .forEach(agency -> ordered.put(agency, lookups.get(agency)));
        ordered.forEach((agency, data) -> items.add(new ConsentItem(
                ConsentItem.Kind.LOOKUP,
                agency,
                agencyNames.getOrDefault(agency, new LocalizedText(agency, agency)),
                PREFILL_PURPOSE,
                data)));
        for (LifeEventStep step : event.steps()) {
            PublicService service = step.service();
            items.add(new ConsentItem(
                    ConsentItem.Kind.SHARE,
                    service.agency().code().value(),
                    service.agency().name(),
                    service.name(),
                    service.fields().stream().map(ServiceField::label).toList(),
                    service.code().value(),
                    step.optional() || step.condition().isPresent()));
        }
        return new ConsentItems(items);
    }

    private static List<ServiceField> fieldsOf(LifeEvent event) {
        return event.steps().stream()
                .flatMap(step -> step.service().fields().stream())
                .toList();
    }

    private ConsentView view(Consent consent) {
        return ConsentViews.of(consent, catalogue, clock.instant());
    }

    private static ConsentView masked(ConsentView view) {
        return ConsentViews.masked(view);
    }

    private void requireStaffOrOwner(Consent consent) {
        if (session.isCallerInRole(Roles.CLERK) || session.isCallerInRole(Roles.SUPERVISOR)) {
            return;
        }
        if (!consent.subjectCivilId().equals(citizens.civilIdOfCaller().orElse(null))) {
            throw new NotFoundException("consent.unknown", "No consent " + consent.publicId(), consent.publicId());
        }
    }

    private String citizen() {
        return citizens.civilIdOfCaller()
                .orElseThrow(() -> new NotPermittedException(
                        "citizen.notIdentified", "The login does not say which citizen this is"));
    }

    private Consent consent(String id) {
        return privacy.consent(id.strip())
                .orElseThrow(() -> new NotFoundException("consent.unknown", "No consent " + id, id));
    }

    private CustomerDisplay display(String token) {
        return privacy.displayByToken(token)
                .orElseThrow(() -> new NotFoundException("display.unknown", "This display is not registered"));
    }

    private Desk desk(String deskCode) {
        return desks.find(DeskCode.of(deskCode))
                .orElseThrow(() -> new NotFoundException("desk.unknown", "No desk " + deskCode, deskCode));
    }

    private LifeEvent lifeEvent(String code) {
        return catalogue
                .findLifeEvent(code)
                .orElseThrow(() -> new NotFoundException("lifeEvent.unknown", "No life event " + code, code));
    }

    private static LegalBasis basis(String typed) {
        if (typed == null || typed.isBlank()) {
            return LegalBasis.SELF;
        }
        try {
            return LegalBasis.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("legalBasis", "consent.unknownBasis", "No such legal basis", typed);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
