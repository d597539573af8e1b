package org.citizenshop.domain.model.agencyrequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CitizenCardNumber;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.shop.ShopCode;

/** What the civil registry needs to issue a citizen card (service IRN-CC). */
@Embeddable
public class CitizenCardRequest {

    @Column(name = "civil_id_number", length = 8)
    private String civilIdNumber;

    @Column(name = "document_number", length = 12)
    private String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_reason", length = 20)
    private CitizenCardReason reason;

    @Column(name = "delivery_shop", length = 30)
    private String deliveryShop;

    protected CitizenCardRequest() {}

    public CitizenCardRequest(
            CivilIdNumber civilIdNumber,
            CitizenCardNumber currentDocument,
            CitizenCardReason reason,
            ShopCode deliveryShop) {
        if (reason == null) {
            throw new InvalidInputException("reason", "validation.required", "reason is required");
        }
        if (reason.needsCurrentDocument() && currentDocument == null) {
            throw new InvalidInputException(
                    "documentNumber",
                    "validation.citizenCard.required",
                    "A renewal or replacement needs the current card's number");
        }
        if (currentDocument != null && !currentDocument.civilIdNumber().equals(civilIdNumber)) {
            throw new InvalidInputException(
                    "documentNumber",
                    "validation.citizenCard.otherPerson",
                    "The card number belongs to another civil ID number");
        }
        this.civilIdNumber = civilIdNumber.value();
        this.documentNumber = currentDocument == null ? null : currentDocument.value();
        this.reason = reason;
        this.deliveryShop = deliveryShop.value();
    }

    public CivilIdNumber civilIdNumber() {
        return CivilIdNumber.of(civilIdNumber);
    }

    public Optional<CitizenCardNumber> currentDocument() {
        return Optional.ofNullable(documentNumber).map(CitizenCardNumber::of);
    }

    public CitizenCardReason reason() {
        return reason;
    }

    public ShopCode deliveryShop() {
        return ShopCode.of(deliveryShop);
    }
}
