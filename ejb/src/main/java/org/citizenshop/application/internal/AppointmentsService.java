package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.citizenshop.application.AppointmentView;
import org.citizenshop.application.Appointments;
import org.citizenshop.application.BookingRequest;
import org.citizenshop.application.DaySlots;
import org.citizenshop.application.Roles;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.appointment.Appointment;
import org.citizenshop.domain.model.appointment.AppointmentCode;
import org.citizenshop.domain.model.appointment.AppointmentRepository;
import org.citizenshop.domain.model.appointment.AssistanceNeed;
import org.citizenshop.domain.model.appointment.CheckInTiming;
import org.citizenshop.domain.model.appointment.Slot;
import org.citizenshop.domain.model.appointment.SlotPlanner;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceCode;
import org.citizenshop.domain.model.catalogue.ServiceQueue;
import org.citizenshop.domain.model.quota.DailyQuota;
import org.citizenshop.domain.model.quota.QuotaRepository;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;

/**
 * Slots are cut from the desks' hours (SlotPlanner); a booking holds one desk's time. Booking,
 * rescheduling and checking in take the shop's lock (the one ticket numbering takes), so two
 * citizens never get the same desk time and the appointment quota is never overbooked.
 */
@Stateless
@PermitAll
public class AppointmentsService implements Appointments {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    StaffShops staff;

    @Inject
    ShopRepository shops;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    DeskRepository desks;

    @Inject
    AppointmentRepository appointments;

    @Inject
    QuotaRepository quotas;

    @Inject
    TicketRepository tickets;

    @Inject
    TicketViews ticketViews;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public DaySlots freeSlots(String shopCode, String serviceCode, LocalDate day) {
        Shop shop = shop(shopCode, false);
        PublicService service = offered(shop, serviceCode);
        Instant now = clock.instant();
        requireBookable(shop, day, now);
        return new DaySlots(
                shop.code().value(),
                service.code().value(),
                service.name(),
                day,
                shop.timeZone().getId(),
                slots(shop, service, day, now, null).stream()
                        .map(slot -> slotView(slot, shop.timeZone()))
                        .toList());
    }

    @Override
    public Optional<DaySlots.Slot> nextFree(String shopCode, String serviceCode) {
        Shop shop = shop(shopCode, false);
        PublicService service = offered(shop, serviceCode);
        Instant now = clock.instant();
        LocalDate today = shop.serviceDay(now);
        for (int ahead = 0; ahead <= shop.bookingHorizonDays(); ahead++) {
            LocalDate day = today.plusDays(ahead);
            if (appointmentShareLeft(shop, service, day)) {
                List<Slot> free = slots(shop, service, day, now, null);
                if (!free.isEmpty()) {
                    return Optional.of(slotView(free.get(0), shop.timeZone()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public AppointmentView book(BookingRequest request) {
        Shop shop = shop(request.shop(), true);
        PublicService service = offered(shop, request.service());
        Instant now = clock.instant();
        LocalDate day = shop.serviceDay(request.start());
        requireBookable(shop, day, now);
        Slot slot = slotStarting(shop, service, request.start(), now, null);
        admit(shop, service, day);
        Desk desk = freeDesk(slot, null);
        Appointment appointment = new Appointment(
                shop,
                service,
                desk,
                slot,
                needs(request.needs()),
                request.interpreterLanguage(),
                request.channel(),
                now);
        appointments.add(appointment);
        audit.record(
                actor(),
                "appointment.booked",
                appointment.code().value(),
                "shop=" + shop.code() + " service=" + service.code() + " start=" + slot.start() + " needs="
                        + appointment.needs());
        return view(appointment);
    }

    @Override
    public AppointmentView appointment(String code) {
        return view(find(code, false));
    }

    @Override
    public AppointmentView reschedule(String code, Instant start) {
        Appointment appointment = find(code, false);
        Shop shop = shop(appointment.shop().code().value(), true);
        appointment = find(code, true);
        Instant now = clock.instant();
        LocalDate day = shop.serviceDay(start);
        requireBookable(shop, day, now);
        Slot slot = slotStarting(shop, appointment.service(), start, now, appointment);
        if (!day.equals(appointment.serviceDay())) {
            admit(shop, appointment.service(), day);
        }
        Instant before = appointment.startsAt();
        appointment.reschedule(freeDesk(slot, appointment), slot, now);
        audit.record(
                actor(),
                "appointment.rescheduled",
                appointment.code().value(),
                "from=" + before + " to=" + slot.start());
        return view(appointment);
    }

    @Override
    public AppointmentView cancel(String code) {
        Appointment appointment = find(code, true);
        appointment.cancel();
        audit.record(actor(), "appointment.cancelled", appointment.code().value(), null);
        return view(appointment);
    }

    /**
     * Open to the kiosk screen, which runs without a login as it does for tickets (a shop's kiosks are
     * reached only from its own network in production; see docs/decisions.md). Over the API it takes a
     * kiosk device's or a clerk's token.
     */
    @Override
    public CheckIn checkIn(String code, Channel channel) {
        Appointment found = find(code, false);
        Shop shop = shop(found.shop().code().value(), true);
        if (session.isCallerInRole(Roles.CLERK)) {
            staff.requireAt(actor(), shop, shop.code().value());
        }
        Appointment appointment = find(code, true);
        shop.requireOpen();
        Instant now = clock.instant();
        LocalDate today = shop.serviceDay(now);
        if (appointment.serviceDay().isBefore(today)) {
            throw new ConflictException(
                    "appointment.otherDay",
                    "Appointment " + code + " was for an earlier day",
                    appointment.serviceDay().toString());
        }
        CheckInTiming timing = appointment.timing(now, shop.checkInEarly(), shop.checkInLate());
        if (timing == CheckInTiming.TOO_EARLY) {
            throw new ConflictException(
                    "appointment.tooEarly",
                    "Too early to check in",
                    localTime(appointment.startsAt().minus(shop.checkInEarly()), shop.timeZone()),
                    appointment.serviceDay().toString());
        }
        ServiceQueue queue = catalogue
                .queueFor(shop, appointment.service())
                .orElseThrow(() -> notOffered(shop, appointment.service()));
        boolean late = timing == CheckInTiming.LATE;
        Ticket ticket = tickets.series(shop, today, queue.letter())
                .issue(queue, List.of(appointment.service()), null, late ? channel : Channel.APPOINTMENT, null, now);
        if (!late) {
            ticket.holdsAppointmentAt(appointment.startsAt());
        }
        tickets.add(ticket);
        appointment.checkedIn(ticket, timing);
        audit.record(
                actor(),
                late ? "appointment.lateCheckIn" : "appointment.checkedIn",
                appointment.code().value(),
                "ticket=" + ticket.number());
        return new CheckIn(view(appointment), ticketViews.forHolder(ticket), late);
    }

    @Override
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    public List<AppointmentView> ofDay(String shopCode, LocalDate day) {
        Shop shop = shop(shopCode, false);
        staff.requireAt(actor(), shop, shop.code().value());
        return appointments.ofDay(shop, day).stream().map(this::view).toList();
    }

    /** The day's free slots of the service; {@code moving}'s own desk time counts as free. */
    private List<Slot> slots(Shop shop, PublicService service, LocalDate day, Instant now, Appointment moving) {
        List<Desk> serving = desks.serving(shop, service.id());
        List<SlotPlanner.DeskTime> deskTimes = serving.stream()
                .map(desk -> new SlotPlanner.DeskTime(desk.id(), desk.hours()))
                .toList();
        List<SlotPlanner.Held> held =
                new ArrayList<>(appointments.held(serving.stream().map(Desk::id).toList(), day));
        if (moving != null) {
            held.remove(new SlotPlanner.Held(moving.desk().id(), moving.startsAt(), moving.endsAt()));
        }
        return SlotPlanner.freeSlots(day, shop.timeZone(), service.averageServiceTime(), deskTimes, held, now);
    }

    private Slot slotStarting(Shop shop, PublicService service, Instant start, Instant now, Appointment moving) {
        if (!start.isAfter(now)) {
            throw new InvalidInputException("start", "appointment.past", "The slot has already begun");
        }
        return slots(shop, service, shop.serviceDay(start), now, moving).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "start",
                        "appointment.notASlot",
                        "No free slot starts then",
                        localTime(start, shop.timeZone())));
    }

    /** A desk whose time is still free for the slot (the shop's lock is held). */
    private Desk freeDesk(Slot slot, Appointment moving) {
        for (Long id : slot.desks()) {
            Desk desk = desks.lockById(id).orElseThrow();
            if (!appointments.deskTaken(desk, slot.start(), slot.end(), moving)) {
                return desk;
            }
        }
        throw new ConflictException("appointment.slotTaken", "The slot was just taken");
    }

    private void requireBookable(Shop shop, LocalDate day, Instant now) {
        LocalDate today = shop.serviceDay(now);
        if (day.isBefore(today)) {
            throw new InvalidInputException("date", "appointment.pastDay", "The day has passed");
        }
        if (day.isAfter(today.plusDays(shop.bookingHorizonDays()))) {
            throw new InvalidInputException(
                    "date",
                    "appointment.horizon",
                    "Appointments can be booked up to " + shop.bookingHorizonDays() + " days ahead",
                    shop.bookingHorizonDays());
        }
    }

    private void admit(Shop shop, PublicService service, LocalDate day) {
        for (DailyQuota quota : quotas.of(shop)) {
            if (quota.covers(service)) {
                quota.admitAppointment(quotas.usage(quota, day));
            }
        }
    }

    private boolean appointmentShareLeft(Shop shop, PublicService service, LocalDate day) {
        for (DailyQuota quota : quotas.of(shop)) {
            if (quota.covers(service) && quotas.usage(quota, day).left(quota).appointments() <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Set<AssistanceNeed> needs(Set<String> names) {
        Set<AssistanceNeed> needs = EnumSet.noneOf(AssistanceNeed.class);
        for (String name : names) {
            try {
                needs.add(AssistanceNeed.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "needs",
                        "appointment.need",
                        "Unknown assistance need " + name,
                        name,
                        String.join(
                                ", ",
                                List.of(AssistanceNeed.values()).stream()
                                        .map(Enum::name)
                                        .toList()));
            }
        }
        return needs;
    }

    private Appointment find(String code, boolean forUpdate) {
        AppointmentCode appointmentCode = AppointmentCode.of(code);
        return (forUpdate ? appointments.findForUpdate(appointmentCode) : appointments.find(appointmentCode))
                .orElseThrow(() -> new NotFoundException(
                        "appointment.unknown", "No appointment " + appointmentCode, appointmentCode.value()));
    }

    private Shop shop(String code, boolean forUpdate) {
        ShopCode shopCode = ShopCode.of(code);
        return (forUpdate ? shops.findForNumbering(shopCode) : shops.find(shopCode))
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
    }

    private PublicService offered(Shop shop, String code) {
        ServiceCode serviceCode = ServiceCode.of(code);
        PublicService service = catalogue
                .findService(serviceCode)
                .orElseThrow(() -> new InvalidInputException(
                        "service", "service.unknown", "No service " + serviceCode, serviceCode.value()));
        if (catalogue.queueFor(shop, service).isEmpty()) {
            throw notOffered(shop, service);
        }
        return service;
    }

    private static InvalidInputException notOffered(Shop shop, PublicService service) {
        return new InvalidInputException(
                "service",
                "service.notOffered",
                "Shop " + shop.code() + " does not offer " + service.code(),
                service.code().value(),
                shop.name());
    }

    private AppointmentView view(Appointment appointment) {
        Shop shop = appointment.shop();
        ZoneId zone = shop.timeZone();
        Ticket ticket = appointment.ticket().orElse(null);
        return new AppointmentView(
                appointment.code().value(),
                shop.code().value(),
                shop.name(),
                appointment.service().code().value(),
                appointment.service().name(),
                appointment.startsAt(),
                appointment.endsAt(),
                appointment.serviceDay(),
                appointment.startsAt().atZone(zone).toLocalTime(),
                appointment.endsAt().atZone(zone).toLocalTime(),
                zone.getId(),
                appointment.status().name(),
                appointment.needs().stream().map(Enum::name).sorted().toList(),
                appointment.interpreterLanguage().orElse(null),
                appointment.startsAt().minus(shop.checkInEarly()),
                appointment.startsAt().plus(shop.checkInLate()),
                ticket == null ? null : ticket.number().toString(),
                ticket == null ? null : ticket.accessCode().value());
    }

    private static DaySlots.Slot slotView(Slot slot, ZoneId zone) {
        return new DaySlots.Slot(
                slot.start(),
                slot.end(),
                slot.start().atZone(zone).toLocalDate(),
                slot.start().atZone(zone).toLocalTime(),
                slot.end().atZone(zone).toLocalTime());
    }

    private static String localTime(Instant moment, ZoneId zone) {
        return CLOCK.format(moment.atZone(zone));
    }

    private String actor() {
        String name = session.getCallerPrincipal().getName();
        return name == null || name.isBlank() ? "anonymous" : name;
    }
}
