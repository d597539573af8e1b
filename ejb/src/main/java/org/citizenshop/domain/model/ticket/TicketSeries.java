package org.citizenshop.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.catalogue.ServiceQueue;

/**
 * The counter behind one letter's numbers in one shop on one day. Kiosk, web and appointment
 * check-in all draw from it, so numbers never clash; callers hold the shop's row lock while drawing.
 */
@Entity
@Table(name = "ticket_series")
@IdClass(TicketSeries.Key.class)
public class TicketSeries {

    @Id
    @Column(name = "shop_id")
    private Long shopId;

    @Id
    @Column(name = "service_day")
    private LocalDate serviceDay;

    @Id
    @Column(length = 1)
    private String letter;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected TicketSeries() {}

    public TicketSeries(Long shopId, LocalDate serviceDay, char letter) {
        this.shopId = shopId;
        this.serviceDay = serviceDay;
        this.letter = String.valueOf(letter);
    }

    /** Draws the next number of the series and issues the ticket that carries it, for one or more services. */
    public Ticket issue(
            ServiceQueue queue,
            List<PublicService> services,
            PriorityReason priorityReason,
            Channel channel,
            ClientFingerprint fingerprint,
            Instant now) {
        char expected = priorityReason == null ? queue.letter() : TicketNumber.PRIORITY_SERIES;
        if (expected != letter.charAt(0) || !Objects.equals(queue.shop().id(), shopId)) {
            throw new IllegalArgumentException("series " + letter + " does not number this ticket");
        }
        return new Ticket(queue, services, draw(), priorityReason, channel, fingerprint, now);
    }

    /**
     * The next number of the series (a carried-over ticket gets one from the next day's series). A
     * series whose numbers are all given refuses, and stays as it was.
     */
    public TicketNumber draw() {
        if (lastNumber >= TicketNumber.MAX_SEQUENCE) {
            throw new SeriesUsedUpException(letter.charAt(0));
        }
        lastNumber++;
        return new TicketNumber(letter.charAt(0), lastNumber);
    }

    public char letter() {
        return letter.charAt(0);
    }

    public int lastNumber() {
        return lastNumber;
    }

    /** Composite identity: shop, day and letter. */
    public static class Key implements Serializable {
        private Long shopId;
        private LocalDate serviceDay;
        private String letter;

        protected Key() {}

        public Key(Long shopId, LocalDate serviceDay, char letter) {
            this.shopId = shopId;
            this.serviceDay = serviceDay;
            this.letter = String.valueOf(letter);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(shopId, key.shopId)
                    && Objects.equals(serviceDay, key.serviceDay)
                    && Objects.equals(letter, key.letter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, serviceDay, letter);
        }
    }
}
