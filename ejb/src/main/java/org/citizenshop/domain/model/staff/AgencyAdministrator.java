package org.citizenshop.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citizenshop.domain.model.catalogue.Agency;

/** A user who administers one agency's services (the identity provider says who he is; this, which agency). */
@Entity
@Table(name = "agency_administrator")
public class AgencyAdministrator {

    @Id
    @Column(length = 100)
    private String username;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    protected AgencyAdministrator() {}

    public String username() {
        return username;
    }

    public Agency agency() {
        return agency;
    }
}
