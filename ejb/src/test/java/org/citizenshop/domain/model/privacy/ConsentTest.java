package org.citizenshop.domain.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.citizen.CivilIdNumber;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final Instant ASKED = Instant.parse("2026-11-27T10:00:00Z");
    private static final ConsentItems ITEMS = new ConsentItems(List.of(
            new ConsentItem(
                    ConsentItem.Kind.LOOKUP,
                    "IRN",
                    new LocalizedText("Registos", "Registry"),
                    new LocalizedText("Preencher", "Prefill"),
                    List.of(new LocalizedText("Morada", "Address"))),
            new ConsentItem(
                    ConsentItem.Kind.SHARE,
                    "AT",
                    new LocalizedText("Finanças", "Tax"),
                    new LocalizedText("Atribuir NIF", "Assign a tax number"),
                    List.of())));

    private static Consent asked(Consent.Proxy proxy) {
        return Consent.askedAtDesk(
                CivilIdNumber.of("12345678"), "BIRTH", ITEMS, "LX-LARANJEIRAS", "LXL-01", "clerk1", ASKED, proxy);
    }

    @Test
    void theCitizenAnswersOnce_andOnlyAGivenConsentCoversItsOwnLifeEventAndPerson() {
        Consent consent = asked(null);
        assertThatThrownBy(consent::requireGiven).isInstanceOf(ConflictException.class);

        consent.answer(true, ASKED.plusSeconds(30));

        assertThat(consent.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(consent.items().allowLookupAt("IRN")).isTrue();
        assertThat(consent.items().allowLookupAt("AT")).as("AT only receives").isFalse();
        consent.requireCovers("12345678", "BIRTH");
        assertThatThrownBy(() -> consent.requireCovers("12345678", "MOVING"))
                .hasFieldOrPropertyWithValue("messageKey", "consent.otherLifeEvent");
        assertThatThrownBy(() -> consent.requireCovers("30000001", "BIRTH"))
                .hasFieldOrPropertyWithValue("messageKey", "consent.otherPerson");
        assertThatThrownBy(() -> consent.answer(false, ASKED.plusSeconds(40)))
                .hasFieldOrPropertyWithValue("messageKey", "consent.alreadyAnswered");
    }

    @Test
    void aQuestionLeftUnanswered_expires_andCannotBeAnsweredLater() {
        Consent consent = asked(null);

        assertThat(consent.awaitsAnswer(ASKED.plus(Consent.ANSWER_WITHIN).minusSeconds(1)))
                .isTrue();
        assertThat(consent.statusAt(ASKED.plus(Consent.ANSWER_WITHIN))).isEqualTo(ConsentStatus.EXPIRED);
        assertThatThrownBy(() -> consent.answer(true, ASKED.plus(Consent.ANSWER_WITHIN)))
                .hasFieldOrPropertyWithValue("messageKey", "consent.expired");

        Consent replaced = asked(null);
        replaced.expire();
        assertThat(replaced.status()).isEqualTo(ConsentStatus.EXPIRED);
        assertThatThrownBy(() -> replaced.answer(true, ASKED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAGivenConsentIsWithdrawn_once() {
        Consent refused = asked(null);
        refused.answer(false, ASKED.plusSeconds(5));
        assertThatThrownBy(() -> refused.withdraw("citizen1", ASKED.plusSeconds(6)))
                .hasFieldOrPropertyWithValue("messageKey", "consent.notGiven");

        Consent given = asked(null);
        given.answer(true, ASKED.plusSeconds(5));
        given.withdraw("citizen1", ASKED.plusSeconds(60));
        assertThat(given.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(given.withdrawnAt()).contains(ASKED.plusSeconds(60));
        assertThatThrownBy(given::requireGiven).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> given.withdraw("citizen1", ASKED.plusSeconds(61)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aProxySaysForWhom_andAnAttorneyOrEstateAdministratorShowsTheDocument() {
        assertThatThrownBy(() -> new Consent.Proxy(LegalBasis.PARENT_OF_MINOR, " ", null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "onBehalfOf");
        assertThatThrownBy(() -> new Consent.Proxy(LegalBasis.ATTORNEY, "30000001", null))
                .hasFieldOrPropertyWithValue("field", "basisDocument");
        assertThatThrownBy(() -> new Consent.Proxy(LegalBasis.ESTATE_ADMINISTRATOR, "30000002", "x".repeat(101)))
                .hasFieldOrPropertyWithValue("field", "basisDocument");

        Consent byParent = asked(new Consent.Proxy(LegalBasis.PARENT_OF_MINOR, "the child to be registered", null));
        assertThat(byParent.proxy().basis()).isEqualTo(LegalBasis.PARENT_OF_MINOR);
        assertThat(byParent.proxy().onBehalfOf()).isEqualTo("the child to be registered");
        Consent bySelf = asked(null);
        assertThat(bySelf.proxy()).isEqualTo(Consent.Proxy.SELF);
    }

    @Test
    void atAKiosk_theLoggedInCitizenGivesItHimself() {
        Consent consent = Consent.givenAtKiosk(
                CivilIdNumber.of("30000001"), "MOVING", ITEMS, "LX-LARANJEIRAS", "citizen2", ASKED, null);

        assertThat(consent.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(consent.channel()).isEqualTo(ConsentChannel.KIOSK);
        assertThat(consent.deskCode()).isEmpty();
        assertThat(consent.answeredAt()).contains(ASKED);
    }
}
