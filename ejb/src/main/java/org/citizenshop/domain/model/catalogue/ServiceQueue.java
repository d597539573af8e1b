package org.citizenshop.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.shop.Shop;

/**
 * A waiting line of one shop, fed by some of its services; its letter starts the ticket numbers
 * ("A042"). Priority tickets of every queue share the shop's {@code P} series.
 */
@Entity
@Table(name = "service_queue")
public class ServiceQueue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 1)
    private String letter;

    @Column(name = "name_pt", nullable = false)
    private String namePt;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ManyToMany
    @JoinTable(
            name = "queue_service",
            joinColumns = @JoinColumn(name = "queue_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<PublicService> services = new HashSet<>();

    protected ServiceQueue() {}

    public ServiceQueue(Shop shop, String code, char letter, String namePt, String nameEn) {
        if (letter < 'A' || letter > 'Z' || letter == 'P') {
            throw new IllegalArgumentException("a queue letter is A-Z other than P, which is for priority");
        }
        this.shop = shop;
        this.code = code;
        this.letter = String.valueOf(letter);
        this.namePt = Agency.requireText(namePt);
        this.nameEn = Agency.requireText(nameEn);
    }

    public Long id() {
        return id;
    }

    public Shop shop() {
        return shop;
    }

    public String code() {
        return code;
    }

    public char letter() {
        return letter.charAt(0);
    }

    public LocalizedText name() {
        return new LocalizedText(namePt, nameEn);
    }

    public boolean feeds(PublicService service) {
        return services.contains(service);
    }

    /** The queue now takes tickets for this service too. */
    public void feed(PublicService service) {
        services.add(service);
    }

    public Set<PublicService> services() {
        return Set.copyOf(services);
    }

    public void addService(PublicService service) {
        services.add(service);
    }
}
