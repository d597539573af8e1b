package org.citizenshop.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citizenshop.application.DayClosing;
import org.citizenshop.application.DeskOnFloor;
import org.citizenshop.application.FloorSupervision;
import org.citizenshop.application.FloorView;
import org.citizenshop.application.QueueState;
import org.citizenshop.application.Roles;
import org.citizenshop.application.ShopSummary;
import org.citizenshop.application.port.AuditTrail;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.domain.model.appointment.Appointment;
import org.citizenshop.domain.model.appointment.AppointmentRepository;
import org.citizenshop.domain.model.appointment.AppointmentStatus;
import org.citizenshop.domain.model.catalogue.CatalogueRepository;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.DeskCode;
import org.citizenshop.domain.model.shop.DeskRepository;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.shop.ShopCode;
import org.citizenshop.domain.model.shop.ShopRepository;
import org.citizenshop.domain.model.ticket.Ticket;
import org.citizenshop.domain.model.ticket.TicketRepository;
import org.citizenshop.domain.model.ticket.TicketStatus;

@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class FloorSupervisionService implements FloorSupervision {

    static final String DAY_CLOSED = "DAY_CLOSED";

    @Inject
    AppointmentRepository appointments;

    @Inject
    ShopRepository shops;

    @Inject
    DeskRepository desks;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    TicketRepository tickets;

    @Inject
    QueueStates queueStates;

    @Inject
    QuotaStates quotaStates;

    @Inject
    StaffShops staff;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public FloorView floor(String code) {
        Shop shop = shop(code, false);
        List<QueueState> queues =
                catalogue.queuesOf(shop).stream().map(queueStates::of).toList();
        long threshold = shop.waitAlert().toMinutes();
        return new FloorView(
                new ShopSummary(
                        shop.code().value(),
                        shop.name(),
                        shop.timeZone().getId(),
                        shop.language().toLanguageTag()),
                shop.isDayOpen(),
                threshold,
                queues,
                queues.stream()
                        .filter(queue -> queue.longestWaitMinutes() >= threshold)
                        .map(QueueState::code)
                        .toList(),
                desks.ofShop(shop).stream().map(this::onFloor).toList(),
                quotaStates.of(shop));
    }

    private DeskOnFloor onFloor(Desk desk) {
        Ticket current = tickets.atDesk(desk).orElse(null);
        return new DeskOnFloor(
                desk.code().value(),
                desk.number(),
                desk.kind().name(),
                desk.status().name(),
                desk.clerk().orElse(null),
                current == null ? null : current.number().toString(),
                current == null ? null : current.status().name());
    }

    @Override
    public void openDay(String code) {
        shop(code, true).openDay();
        audit.record(supervisor(), "shop.dayOpened", code, null);
    }

    @Override
    public DayClosing closeDay(String code) {
        Shop shop = shop(code, true);
        Instant now = clock.instant();
        LocalDate today = shop.serviceDay(now);
        shop.closeDay();
        int closed = 0;
        int carried = 0;
        for (Ticket ticket : tickets.unserved(shop, today)) {
            if (shop.carriesOverUnserved() && ticket.status() == TicketStatus.WAITING) {
                char letter = ticket.number().series();
                ticket.carryOver(
                        today.plusDays(1),
                        tickets.series(shop, today.plusDays(1), letter).draw());
                carried++;
            } else {
                ticket.closeUnserved(DAY_CLOSED, now);
                closed++;
            }
        }
        int missed = 0;
        for (Appointment appointment : appointments.ofDay(shop, today)) {
            if (appointment.status() == AppointmentStatus.BOOKED) {
                appointment.missed();
                missed++;
            }
        }
        audit.record(
                supervisor(),
                "shop.dayClosed",
                code,
                "closed=" + closed + " carriedOver=" + carried + " missedAppointments=" + missed);
        return new DayClosing(closed, carried, missed);
    }

    @Override
    public void closeDesk(String code) {
        Desk desk = desks.findForUpdate(DeskCode.of(code))
                .orElseThrow(() -> new NotFoundException("desk.unknown", "No desk " + code, code));
        tickets.atDesk(desk).ifPresent(Ticket::releaseFromDesk);
        staff.requireAt(supervisor(), desk.shop(), desk.code().value());
        desk.close();
        audit.record(supervisor(), "desk.closedBySupervisor", code, null);
    }

    /** The shop, provided the caller supervises it (works there). */
    private Shop shop(String code, boolean forUpdate) {
        ShopCode shopCode = ShopCode.of(code);
        Shop shop = (forUpdate ? shops.findForNumbering(shopCode) : shops.find(shopCode))
                .orElseThrow(() -> new NotFoundException("shop.unknown", "No shop " + shopCode, shopCode.value()));
        staff.requireAt(supervisor(), shop, shop.code().value());
        return shop;
    }

    private String supervisor() {
        return session.getCallerPrincipal().getName();
    }
}
