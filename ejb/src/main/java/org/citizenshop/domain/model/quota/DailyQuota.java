package org.citizenshop.domain.model.quota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.Agency;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.shop.Shop;

/**
 * How many tickets a shop gives out in a day for one service, or for all services of one agency
 * (real shops cap, say, tax and social security at 50 walk-in tickets). Priority tickets have a share
 * of their own and may also use what is left of the walk-in share; walk-in tickets may not use the
 * priority share. Cancelled and no-show tickets give their place back.
 */
@Entity
@Table(name = "daily_quota")
public class DailyQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private PublicService service;

    @Column(name = "walk_in", nullable = false)
    private int walkIn;

    @Column(nullable = false)
    private int appointments;

    @Column(nullable = false)
    private int priority;

    protected DailyQuota() {}

    private DailyQuota(Shop shop, Agency agency, PublicService service, int walkIn, int appointments, int priority) {
        if (walkIn < 0 || appointments < 0 || priority < 0) {
            throw new IllegalArgumentException("quota shares cannot be negative");
        }
        this.shop = shop;
        this.agency = agency;
        this.service = service;
        this.walkIn = walkIn;
        this.appointments = appointments;
        this.priority = priority;
    }

    public static DailyQuota forAgency(Shop shop, Agency agency, int walkIn, int appointments, int priority) {
        return new DailyQuota(shop, agency, null, walkIn, appointments, priority);
    }

    public static DailyQuota forService(Shop shop, PublicService service, int walkIn, int appointments, int priority) {
        return new DailyQuota(shop, null, service, walkIn, appointments, priority);
    }

    public boolean covers(PublicService candidate) {
        return service != null
                ? same(service.id(), candidate.id(), service == candidate)
                : same(agency.id(), candidate.agency().id(), agency == candidate.agency());
    }

    private static boolean same(Long one, Long other, boolean identical) {
        return identical || (one != null && one.equals(other));
    }

    /** Refuses one more ticket of the kind when its share (and, for priority, the walk-in share) is used up. */
    public void admit(QuotaUsage usage, boolean priorityTicket) {
        QuotaUsage.Left left = usage.left(this);
        boolean room = priorityTicket ? left.priority() > 0 || left.walkIn() > 0 : left.walkIn() > 0;
        if (!room) {
            throw new QuotaReachedException(scopeName());
        }
    }

    /** Refuses one more booking on a day whose appointment share is used up. */
    public void admitAppointment(QuotaUsage usage) {
        if (usage.left(this).appointments() <= 0) {
            throw new org.citizenshop.domain.model.ConflictException(
                    "appointment.quotaReached",
                    "The day's appointments for " + scopeName().en() + " are all booked",
                    scopeName());
        }
    }

    /** What the quota limits, in words: the service's or the agency's name. */
    public LocalizedText scopeName() {
        return service != null ? service.name() : agency.name();
    }

    /** The code of what the quota limits: a service code or an agency code. */
    public String scopeCode() {
        return service != null ? service.code().value() : agency.code().value();
    }

    public boolean appliesToAgency() {
        return agency != null;
    }

    /** The id of the agency or service the quota limits. */
    public Long scopeId() {
        return agency != null ? agency.id() : service.id();
    }

    public Long id() {
        return id;
    }

    public Shop shop() {
        return shop;
    }

    public int walkIn() {
        return walkIn;
    }

    public int appointments() {
        return appointments;
    }

    public int priority() {
        return priority;
    }
}
