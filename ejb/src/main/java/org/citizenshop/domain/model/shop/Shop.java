package org.citizenshop.domain.model.shop;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.citizenshop.domain.model.ConflictException;

/** A physical Loja do Cidadão or Espaço Cidadão: desks, queues, its own time zone and language. */
@Entity
@Cacheable
@Table(name = "shop")
public class Shop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "priority_burst", nullable = false)
    private int priorityBurst = 2;

    @Column(name = "recalls_before_no_show", nullable = false)
    private int recallsBeforeNoShow = 1;

    @Column(name = "day_open", nullable = false)
    private boolean dayOpen = true;

    @Column(name = "carry_over_unserved", nullable = false)
    private boolean carryOverUnserved;

    @Column(name = "wait_alert_minutes", nullable = false)
    private int waitAlertMinutes = 30;

    @Column(name = "appointment_early_minutes", nullable = false)
    private int appointmentEarlyMinutes = 30;

    @Column(name = "appointment_late_minutes", nullable = false)
    private int appointmentLateMinutes = 10;

    @Column(name = "booking_horizon_days", nullable = false)
    private int bookingHorizonDays = 30;

    @Version
    private long version;

    protected Shop() {}

    public Shop(ShopCode code, String name, ZoneId timeZone, Locale language) {
        this.code = code.value();
        this.name = name;
        this.timeZone = timeZone.getId();
        this.language = language.toLanguageTag();
    }

    public Long id() {
        return id;
    }

    public ShopCode code() {
        return ShopCode.of(code);
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public CallingPolicy callingPolicy() {
        return new CallingPolicy(priorityBurst, recallsBeforeNoShow);
    }

    /** Tickets are taken only while the shop's day is open. */
    public void requireOpen() {
        if (!dayOpen) {
            throw new ConflictException("shop.closed", "Shop " + code + " is closed", name);
        }
    }

    public void openDay() {
        dayOpen = true;
    }

    /** The supervisor ends the day: no more tickets until the day is opened again. */
    public void closeDay() {
        dayOpen = false;
    }

    public boolean isDayOpen() {
        return dayOpen;
    }

    /** Whether tickets still waiting at closing time are kept for the next day rather than closed. */
    public boolean carriesOverUnserved() {
        return carryOverUnserved;
    }

    /** A queue whose longest wait passes this raises an alert on the supervisor's floor. */
    public Duration waitAlert() {
        return Duration.ofMinutes(waitAlertMinutes);
    }

    /** Changes the shop's calling rules (a supervisor's or administrator's configuration). */
    public void useCallingPolicy(CallingPolicy policy) {
        priorityBurst = policy.priorityBurst();
        recallsBeforeNoShow = policy.recallsBeforeNoShow();
    }

    /** How early before its slot an appointment may be checked in. */
    public Duration checkInEarly() {
        return Duration.ofMinutes(appointmentEarlyMinutes);
    }

    /** How late after the start of its slot an appointment is still called in it (later: a walk-in ticket). */
    public Duration checkInLate() {
        return Duration.ofMinutes(appointmentLateMinutes);
    }

    /** How many days ahead appointments can be booked. */
    public int bookingHorizonDays() {
        return bookingHorizonDays;
    }

    /** The language of announcements on the shop's display board. */
    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    /** Whether both are the same shop, also when one of them is a lazy proxy of the other. */
    public boolean isSameAs(Shop other) {
        return this == other || (other != null && id != null && id.equals(other.id()));
    }

    /** The calendar day, in the shop's own time zone, that a moment belongs to (numbering restarts daily). */
    public LocalDate serviceDay(Instant moment) {
        return moment.atZone(timeZone()).toLocalDate();
    }
}
