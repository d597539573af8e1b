package org.citizenshop.domain.model.staff;

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
import org.citizenshop.domain.model.catalogue.PublicService;
import org.citizenshop.domain.model.shop.Shop;

/**
 * A clerk as the shop floor knows him or her: the login name (the identity provider's user), the
 * shop, and the skills, i.e. the services he or she may handle. No skills listed means no limit
 * beyond what the desk serves.
 */
@Entity
@Table(name = "clerk")
public class Clerk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id")
    private Shop shop;

    @ManyToMany
    @JoinTable(
            name = "clerk_skill",
            joinColumns = @JoinColumn(name = "clerk_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<PublicService> skills = new HashSet<>();

    protected Clerk() {}

    public Clerk(String username, Shop shop) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a clerk has a user name");
        }
        this.username = username;
        this.shop = shop;
    }

    public void addSkill(PublicService service) {
        skills.add(service);
    }

    /** Whether this clerk may handle the service; a clerk without listed skills may handle any. */
    public boolean handles(PublicService service) {
        return skills.isEmpty() || skills.contains(service);
    }

    public String username() {
        return username;
    }

    public Shop shop() {
        return shop;
    }

    public Set<PublicService> skills() {
        return Set.copyOf(skills);
    }
}
