package org.citizenshop.domain.model.appointment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.shop.Desk;
import org.citizenshop.domain.model.shop.Shop;
import org.citizenshop.domain.model.ticket.Channel;
import org.citizenshop.domain.model.ticket.Ticket;

/**
 * A booked slot of one service at one shop, held on one desk's time. Its code lets the citizen
 * manage it and check in at the kiosk; checked in within its window it becomes a ticket called in
 * its slot, later than that the citizen gets a walk-in ticket. No personal data: the code is the key.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 9)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    /** The desk whose time the booking holds; any desk serving the service may call it. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "desk_id")
    private Desk desk;

    @Column(name = "service_day", nullable = false)
    private LocalDate serviceDay;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_need", joinColumns = @JoinColumn(name = "appointment_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false, length = 40)
    private Set<AssistanceNeed> needs = EnumSet.noneOf(AssistanceNeed.class);

    /** The interpreter's language (BCP 47, e.g. "uk", "zh-Hans"), with LANGUAGE_INTERPRETER only. */
    @Column(name = "interpreter_language", length = 20)
    private String interpreterLanguage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Version
    private long version;

    protected Appointment() {}

    public Appointment(
            Shop shop,
            PublicService service,
            Desk desk,
            Slot slot,
            Set<AssistanceNeed> needs,
            String interpreterLanguage,
            Channel channel,
            Instant now) {
        if (!slot.start().isAfter(now)) {
            throw new InvalidInputException("start", "appointment.past", "The slot has already begun");
        }
        if (!desk.shop().isSameAs(shop) || !desk.serves(service)) {
            throw new IllegalArgumentException("desk " + desk.code() + " cannot hold this appointment");
        }
        this.code = AppointmentCode.generate().value();
        this.shop = shop;
        this.service = service;
        this.desk = desk;
        this.serviceDay = shop.serviceDay(slot.start());
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.channel = Objects.requireNonNull(channel);
        this.bookedAt = now;
        useNeeds(needs, interpreterLanguage);
    }

    private void useNeeds(Set<AssistanceNeed> wanted, String language) {
        this.needs = wanted == null || wanted.isEmpty() ? EnumSet.noneOf(AssistanceNeed.class) : EnumSet.copyOf(wanted);
        String tag = language == null || language.isBlank() ? null : language.strip();
        if (needs.contains(AssistanceNeed.LANGUAGE_INTERPRETER)) {
            if (tag == null || !LANGUAGE.matcher(tag).matches()) {
                throw new InvalidInputException(
                        "language",
                        "appointment.language",
                        "Say which language the interpreter should speak (e.g. en, uk, zh)",
                        language);
            }
            this.interpreterLanguage = tag;
        } else {
            this.interpreterLanguage = null;
        }
    }

    /** Moves the booking to another slot (and desk); its code stays. */
    public void reschedule(Desk newDesk, Slot slot, Instant now) {
        requireBooked();
        if (!slot.start().isAfter(now)) {
            throw new InvalidInputException("start", "appointment.past", "The slot has already begun");
        }
        if (!newDesk.shop().isSameAs(shop) || !newDesk.serves(service)) {
            throw new IllegalArgumentException("desk " + newDesk.code() + " cannot hold this appointment");
        }
        this.desk = newDesk;
        this.serviceDay = shop.serviceDay(slot.start());
        this.startsAt = slot.start();
        this.endsAt = slot.end();
    }

    public void cancel() {
        requireBooked();
        status = AppointmentStatus.CANCELLED;
    }

    /** The check-in window: from {@code early} before the start to {@code late} after it. */
    public CheckInTiming timing(Instant now, Duration early, Duration late) {
        requireBooked();
        if (now.isBefore(startsAt.minus(early))) {
            return CheckInTiming.TOO_EARLY;
        }
        return now.isAfter(startsAt.plus(late)) ? CheckInTiming.LATE : CheckInTiming.ON_TIME;
    }

    /** Checked in: the ticket that will be called in the slot (or, when late, the walk-in ticket). */
    public void checkedIn(Ticket issued, CheckInTiming timing) {
        requireBooked();
        if (timing == CheckInTiming.TOO_EARLY) {
            throw new IllegalArgumentException("too early to check in");
        }
        this.ticket = Objects.requireNonNull(issued);
        this.status = timing == CheckInTiming.LATE ? AppointmentStatus.LATE : AppointmentStatus.CHECKED_IN;
    }

    /** The day closed and nobody came. */
    public void missed() {
        if (status == AppointmentStatus.BOOKED) {
            status = AppointmentStatus.MISSED;
        }
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new ConflictException(
                    "appointment.notBooked",
                    "Appointment " + code + " is " + status.name().toLowerCase(Locale.ROOT),
                    code,
                    status.name());
        }
    }

    public Long id() {
        return id;
    }

    public AppointmentCode code() {
        return new AppointmentCode(code);
    }

    public Shop shop() {
        return shop;
    }

    public PublicService service() {
        return service;
    }

    public Desk desk() {
        return desk;
    }

    public LocalDate serviceDay() {
        return serviceDay;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public AppointmentStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public Set<AssistanceNeed> needs() {
        return needs.isEmpty() ? EnumSet.noneOf(AssistanceNeed.class) : EnumSet.copyOf(needs);
    }

    public Optional<String> interpreterLanguage() {
        return Optional.ofNullable(interpreterLanguage);
    }

    public Optional<Ticket> ticket() {
        return Optional.ofNullable(ticket);
    }
}
