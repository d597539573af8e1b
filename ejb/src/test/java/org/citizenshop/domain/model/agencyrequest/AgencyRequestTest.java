package org.citizenshop.domain.model.agencyrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.citizenshop.domain.model.Fixtures;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.citizen.CitizenCardNumber;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.citizenshop.domain.model.shop.ShopCode;
import org.junit.jupiter.api.Test;

class AgencyRequestTest {

    private static final CivilIdNumber CIVIL_ID = CivilIdNumber.of("12345678");
    private static final CitizenCardNumber CARD = CitizenCardNumber.of("123456782ZZ6");
    private static final ShopCode SHOP = ShopCode.of("LX-TEST");

    private final Fixtures floor = new Fixtures();
    private final Instant now = Fixtures.MORNING;

    private AgencyRequest renewal() {
        return new AgencyRequest(
                RequestKey.generate(),
                floor.citizenCard,
                null,
                new CitizenCardRequest(CIVIL_ID, CARD, CitizenCardReason.RENEWAL, SHOP),
                "clerk1",
                now);
    }

    @Test
    void aNewRequestIsQueued() {
        AgencyRequest request = renewal();

        assertThat(request.status()).isEqualTo(AgencyRequestStatus.QUEUED);
        assertThat(request.citizenCard().currentDocument()).contains(CARD);
    }

    @Test
    void accept_recordsTheAgencysReference_andLaterAnswersChangeNothing() {
        AgencyRequest request = renewal();

        request.accept("IRN-CC-2026-000001", LocalDate.of(2026, 12, 4), now);
        request.reject("LATE", "a second answer", now);
        request.deliveryFailed("timeout", now);

        assertThat(request.status()).isEqualTo(AgencyRequestStatus.ACCEPTED);
        assertThat(request.agencyReference()).contains("IRN-CC-2026-000001");
        assertThat(request.rejectionCode()).isEmpty();
        assertThat(request.failedAttempts()).isZero();
    }

    @Test
    void deliveryFailed_countsAttempts_andASuccessAfterwardsClearsTheError() {
        AgencyRequest request = renewal();

        request.deliveryFailed("503 from agency", now);
        request.deliveryFailed("connection refused", now);
        assertThat(request.status()).isEqualTo(AgencyRequestStatus.FAILED);
        assertThat(request.failedAttempts()).isEqualTo(2);
        assertThat(request.lastError()).contains("connection refused");

        request.accept("IRN-CC-2026-000002", null, now);
        assertThat(request.status()).isEqualTo(AgencyRequestStatus.ACCEPTED);
        assertThat(request.lastError()).isEmpty();
    }

    @Test
    void reject_keepsTheReason_clippedToTheColumn() {
        AgencyRequest request = renewal();

        request.reject("UNKNOWN_CITIZEN", "x".repeat(800), now);

        assertThat(request.rejectionReason()).get().asString().hasSize(500).endsWith("…");
    }

    @Test
    void aRenewalNeedsTheCurrentCard() {
        assertThatThrownBy(() -> new CitizenCardRequest(CIVIL_ID, null, CitizenCardReason.RENEWAL, SHOP))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("documentNumber");
    }

    @Test
    void theCardMustBelongToTheCivilIdNumber() {
        assertThatThrownBy(() ->
                        new CitizenCardRequest(CivilIdNumber.of("30000001"), CARD, CitizenCardReason.REPLACEMENT, SHOP))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.citizenCard.otherPerson");
    }

    @Test
    void aFirstCardNeedsNoCurrentCard() {
        CitizenCardRequest first = new CitizenCardRequest(CIVIL_ID, null, CitizenCardReason.FIRST, SHOP);

        assertThat(first.currentDocument()).isEmpty();
        assertThat(first.deliveryShop()).isEqualTo(SHOP);
    }
}
